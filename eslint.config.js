// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint-rules/core-layers.mjs';
import moduleState from './eslint-rules/no-module-state.mjs';

/** The house rules, one plugin. */
const statusdocs = { rules: { ...layers.rules, ...moduleState.rules } };

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'lib/',
      '.astro/',
      'test/fixtures/',
      'scratch/',
      'src/site/env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Astro components and pages: Astro's own rules; their types are checked by `astro check`.
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Core folders depend one way; the CLI reaches the site through one entry.
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts'],
    plugins: { statusdocs },
    rules: { 'statusdocs/core-layers': 'error' },
  },
  {
    // Per-doc data travels in explicit values (`DocIndex`, `DocAnalysis`), never in module-level memos.
    files: ['src/core/**/*.ts'],
    plugins: { statusdocs },
    rules: { 'statusdocs/no-module-state': 'error' },
  },
  {
    // The engine stays framework-free: dependencies point cli -> core and site -> core.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro', 'astro:*', 'astro/*'],
              message: 'src/core must not depend on Astro.',
            },
            { group: ['**/site/**', '**/cli/**'], message: 'src/core must not import the shells.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    // The one documented way into the site (see eslint-rules/core-layers.mjs).
    ignores: ['src/cli/site-entry.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['astro:*', '**/site/**'], message: 'The CLI talks to core only.' }],
        },
      ],
    },
  },
);
