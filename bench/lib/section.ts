import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { repoRoot } from './main-module.js';

/**
 * Writes (or replaces) one `## heading` section of bench/RESULTS.md, keeping everything else, for
 * benches that run after `writeResults` has rewritten the file.
 */
export async function writeResultsSection(heading: string, body: string): Promise<void> {
  const file = join(repoRoot, 'bench', 'RESULTS.md');
  const section = `${heading}\n\n${body.trim()}\n`;
  let text = readFileSync(file, 'utf8');
  const at = text.indexOf(heading);
  if (at >= 0) {
    const next = text.indexOf('\n## ', at + heading.length);
    text = text.slice(0, at) + section + (next >= 0 ? text.slice(next + 1) : '');
  } else {
    text = `${text.trimEnd()}\n\n${section}`;
  }
  // Formatted as the repo's format check expects, so a fresh run never fails `npm test`.
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(text, { ...options, filepath: file }));
}
