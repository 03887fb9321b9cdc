/**
 * Finds the benchmark ticks in complete SSE frames by scanning, not parsing JSON: the client must
 * cost far less per message than the servers it measures. TickData puts `phase` before `sentAt`.
 */
export function readTicks(text: string): { warm: boolean; sentAts: number[] } {
  const sentAts: number[] = [];
  let warm = false;
  let from = 0;
  for (;;) {
    const phase = text.indexOf('"phase":"', from);
    if (phase < 0) break;
    const sentAt = text.indexOf('"sentAt":', phase);
    if (sentAt < 0) break;
    from = sentAt + 9;
    if (text.startsWith('warmup', phase + 9)) warm = true;
    else sentAts.push(Number.parseFloat(text.slice(from, from + 24)));
  }
  return { warm, sentAts };
}
