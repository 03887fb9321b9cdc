import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import formatjs from 'eslint-plugin-formatjs';

/**
 * Components whose text all comes from the catalogues (docs/i18n.md). A literal sentence in their
 * JSX, or in a prop a person reads or hears, fails lint. Areas join as their text moves over.
 */
const translatedComponents = [
  'client/providers.tsx',
  'client/i18n.tsx',
  'client/boot.tsx',
  'client/ui/**/*.tsx',
  'client/retro/*.tsx',
  'meeting-extension/**/*.tsx',
  'tabs/trends/**/*.tsx',
  'tabs/*-main.tsx',
  'tabs/config/**/*.tsx',
  'tabs/content/**/*.tsx',
  'tabs/pulse/**/*.tsx',
  'client/ui/announcer.tsx',
  'client/ui/mobile-note.tsx',
];
/** Fluent props that carry text for people, beyond the rule's aria-*, title, placeholder, alt. */
const readableProps = [
  ['*', '(label|hint|content|validationMessage|description|header|subtitle|legend|caption|text)'],
];

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'crypto',
  'http',
  'https',
  'os',
  'url',
  'util',
  'stream',
  'events',
  'child_process',
  'net',
  'tls',
  'buffer',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      '.devhost/**',
      'coverage/**',
      'test-results/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The domain stays pure: no React, no DOM, no Node, and nothing else of ours.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                '@fluentui/*',
                '@microsoft/teams-js',
                '@azure/*',
              ],
              message: 'shared/ is pure domain code: no React, UI or SDK imports.',
            },
            { group: nodeBuiltins, message: 'shared/ is pure domain code: no Node APIs.' },
            {
              group: [
                '../server/*',
                '../client/*',
                '../tabs/*',
                '../meeting-extension/*',
                '../devhost/*',
                '../../*',
              ],
              message: 'shared/ imports nothing else of ours.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'Buffer',
      ],
    },
  },
  {
    // Only the Teams host seam talks to teams-js; pages get what they need from hooks.
    files: ['tabs/**/*.{ts,tsx}', 'meeting-extension/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@microsoft/teams-js',
              message: 'Use the host seam in client/ (useTeams) instead of teams-js directly.',
            },
          ],
          patterns: [
            {
              group: ['../server/*', '../../server/*', '../devhost/*', '../../devhost/*'],
              message: 'Front ends import shared/ and client/ only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../client/*',
                '../../client/*',
                '../tabs/*',
                '../meeting-extension/*',
                '../devhost/*',
                '../../devhost/*',
              ],
              message: 'The server imports shared/ only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: translatedComponents,
    ignores: ['**/*.test.tsx'],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': ['error', { props: { include: readableProps } }],
    },
  },
  {
    // Server tests drive the production path against the dev host's wire-compatible fakes.
    files: ['server/**/*.test.ts', 'server/test-support/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
