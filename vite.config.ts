import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

/** The app's pages, one multi-page build. The manifest and setConfig point at these paths. */
export const pages = {
  content: resolve(root, 'tabs/content.html'),
  config: resolve(root, 'tabs/config.html'),
  sidePanel: resolve(root, 'meeting-extension/side-panel.html'),
  stage: resolve(root, 'meeting-extension/stage.html'),
};

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: resolve(root, 'dist/client'),
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: { input: pages },
  },
  test: {
    // Creates the dev CA and sets NODE_EXTRA_CA_CERTS before the test workers start, so they trust the fakes' https.
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'server/**/*.test.ts',
            'devhost/**/*.test.ts',
            'appPackage/**/*.test.ts',
            'client/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          setupFiles: ['tests/unit-setup.ts'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
