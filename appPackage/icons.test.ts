import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderColorIcon, renderOutlineIcon } from './icons.js';

const read = (file: string) => PNG.sync.read(readFileSync(join(import.meta.dirname, file)));

function alphas(png: PNG): number[] {
  const values: number[] = [];
  for (let i = 3; i < png.data.length; i += 4) values.push(png.data[i]!);
  return values;
}

describe('the committed icons', () => {
  it('are the sizes Teams requires', () => {
    expect([read('color.png').width, read('color.png').height]).toEqual([192, 192]);
    expect([read('outline.png').width, read('outline.png').height]).toEqual([32, 32]);
  });

  it('has a fully opaque colour icon', () => {
    expect(alphas(read('color.png')).every((a) => a === 255)).toBe(true);
  });

  it('has an outline icon that is white on transparent only, with a visible mark', () => {
    const png = read('outline.png');
    const offending: number[] = [];
    for (let i = 0; i < png.data.length; i += 4) {
      const white = png.data[i] === 255 && png.data[i + 1] === 255 && png.data[i + 2] === 255;
      if (!white && png.data[i + 3] !== 0) offending.push(i / 4);
    }
    expect(offending).toEqual([]);
    const a = alphas(png);
    expect(a.filter((v) => v === 255).length).toBeGreaterThan(200);
    expect(a.filter((v) => v === 0).length).toBeGreaterThan(200);
  });

  it('match what appPackage/make-icons.ts draws (run it after changing icons.ts)', () => {
    expect(read('color.png').data.equals(renderColorIcon().data)).toBe(true);
    expect(read('outline.png').data.equals(renderOutlineIcon().data)).toBe(true);
  });
});
