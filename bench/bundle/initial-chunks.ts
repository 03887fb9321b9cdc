import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

export type Chunk = { file: string; bytes: number; gzipBytes: number };

export type InitialJs = {
  html: string;
  chunks: Chunk[];
  bytes: number;
  gzipBytes: number;
  /** npm packages whose sources the initial chunks contain (from the source maps). */
  packages: string[];
};

/** `<script type="module" src>` and `<link rel="modulepreload" href>` in built HTML. */
export function htmlEntryScripts(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /^<script\b/.test(tag) && /\btype=["']?module\b/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel=["']?modulepreload\b/.test(tag);
    const url = /\b(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    if ((isModule || isPreload) && url) urls.push(url);
  }
  return urls;
}

/** Specifiers of a chunk's static imports and re-exports; `import()` is deliberately left out. */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  for (const node of parseAst(code).body) {
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        (node.type === 'ExportNamedDeclaration' && node.source)) &&
      typeof node.source?.value === 'string'
    ) {
      specifiers.push(node.source.value);
    }
  }
  return specifiers;
}

/**
 * The JS a page loads before it can run: its entry scripts and modulepreloads, plus everything
 * they import statically, recursively. Gzip sizes use zlib's default level, per file.
 */
export function initialJs(outDir: string, htmlPath: string): InitialJs {
  const htmlFile = join(outDir, htmlPath);
  const toFile = (url: string, from: string) =>
    url.startsWith('/') ? join(outDir, url) : resolve(dirname(from), url);
  const queue = htmlEntryScripts(readFileSync(htmlFile, 'utf8')).map((u) => toFile(u, htmlFile));
  const seen = new Set<string>();
  const chunks: Chunk[] = [];
  const packages = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    chunks.push({
      file: relative(outDir, file),
      bytes: code.length,
      gzipBytes: gzipSync(code).length,
    });
    for (const pkg of sourcePackages(`${file}.map`)) packages.add(pkg);
    for (const specifier of staticImports(code.toString('utf8'))) {
      if (/^[a-z]+:/i.test(specifier)) continue; // Absolute URLs are not part of the bundle.
      queue.push(toFile(specifier, file));
    }
  }
  return {
    html: htmlPath,
    chunks,
    bytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
    gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
    packages: [...packages].sort(),
  };
}

function sourcePackages(mapFile: string): string[] {
  if (!existsSync(mapFile)) return [];
  const { sources = [] } = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources?: string[] };
  const found = new Set<string>();
  for (const source of sources) {
    // The last node_modules segment names the package that owns the file, even when nested.
    const matches = [
      ...source.replaceAll('\\', '/').matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g),
    ];
    const pkg = matches.at(-1)?.[1];
    if (pkg) found.add(pkg);
  }
  return [...found];
}
