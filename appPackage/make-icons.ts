import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { renderColorIcon, renderOutlineIcon } from './icons.js';

// Regenerates the committed icons: `node --import tsx appPackage/make-icons.ts`.
const here = import.meta.dirname;
for (const [file, png] of [
  ['color.png', renderColorIcon()],
  ['outline.png', renderOutlineIcon()],
] as const) {
  writeFileSync(join(here, file), PNG.sync.write(png));
  console.log(`wrote appPackage/${file} (${png.width}x${png.height})`);
}
