/** A plain-text table with right-aligned numbers, for the console and for Markdown. */
export function textTable(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, col) => Math.max(...cells.map((row) => (row[col] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!)));
  return [line(cells[0]!).join('  '), ...cells.slice(1).map((row) => line(row).join('  '))].join(
    '\n',
  );
}

export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  const align = headers.map((_, col) => (col === 0 ? '---' : '---:'));
  return [headers, align, ...rows.map((row) => row.map(String))]
    .map((row) => `| ${row.join(' | ')} |`)
    .join('\n');
}
