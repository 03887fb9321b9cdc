import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/** The Teams stand-in page and its protocol probe, served by devhost/standin-plugin.ts at /devhost/. */
export default defineConfig({
  root,
  base: '/devhost/',
  publicDir: false,
  build: {
    outDir: resolve(root, '../../dist/devhost'),
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: { index: resolve(root, 'index.html'), probe: resolve(root, 'probe.html') },
    },
  },
});
