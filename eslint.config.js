import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './scripts/eslint-layers.js';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.venv/', '.tools/', '.work/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Dependencies point one way (scripts/eslint-layers.js, ADR 0004), and no file grows past
    // 500 lines.
    files: ['src/**/*.ts'],
    plugins: { kfp: layers },
    rules: {
      'kfp/layers': 'error',
      'max-lines': ['error', { max: 500 }],
    },
  },
  {
    // Commands reach files and processes through ports (the Workspace port for files).
    files: ['src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'child_process'],
              message:
                'commands read and write files through deps.workspace (src/ports/workspace.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure core may not reach the outside world: no actions toolkit, fs, network or processes.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '@google-cloud/*', '@octokit/*'],
              message: 'src/core is pure: use a port.',
            },
            {
              group: [
                'node:fs',
                'node:fs/*',
                'node:child_process',
                'node:net',
                'node:http',
                'node:https',
                'fs',
                'child_process',
              ],
              message: 'src/core is pure: use a port.',
            },
          ],
        },
      ],
    },
  },
);
