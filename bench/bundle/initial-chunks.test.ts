import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlEntryScripts, initialJs, staticImports } from './initial-chunks.js';

describe('htmlEntryScripts', () => {
  it('finds module scripts and modulepreloads, not stylesheets or classic scripts', () => {
    const html = `<script type="module" crossorigin src="/assets/entry.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor.js">
      <link rel="stylesheet" href="/assets/app.css">
      <script src="/legacy.js"></script>`;
    expect(htmlEntryScripts(html)).toEqual(['/assets/entry.js', '/assets/vendor.js']);
  });
});

describe('staticImports', () => {
  it('keeps imports and re-exports but leaves out dynamic import()', () => {
    const code = `import{a as b}from"./a.js";import"./side.js";export*from"./all.js";
      export{c}from"./c.js";const lazy=()=>import("./lazy.js");`;
    expect(staticImports(code)).toEqual(['./a.js', './side.js', './all.js', './c.js']);
  });
});

describe('initialJs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'candor-bench-chunks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('follows static imports recursively, once each, and skips lazy chunks', () => {
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'page'));
    const files: Record<string, string> = {
      'assets/entry.js': 'import"./shared.js";import("./lazy.js");',
      'assets/shared.js': 'import"./deep.js";export const s=1;',
      'assets/deep.js': 'import"./shared.js";export const d=2;',
      'assets/lazy.js': 'export const never=3;',
    };
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
    writeFileSync(
      join(dir, 'assets/shared.js.map'),
      JSON.stringify({ sources: ['../../node_modules/react/index.js', '../../client/x.ts'] }),
    );
    writeFileSync(
      join(dir, 'page/index.html'),
      '<script type="module" src="/assets/entry.js"></script><link rel="modulepreload" href="/assets/shared.js">',
    );

    const result = initialJs(dir, 'page/index.html');

    expect(result.chunks.map((c) => c.file).sort()).toEqual([
      'assets/deep.js',
      'assets/entry.js',
      'assets/shared.js',
    ]);
    const expectedGzip = ['entry', 'shared', 'deep']
      .map((n) => gzipSync(files[`assets/${n}.js`]!).length)
      .reduce((a, b) => a + b, 0);
    expect(result.gzipBytes).toBe(expectedGzip);
    expect(result.packages).toEqual(['react']);
  });
});
