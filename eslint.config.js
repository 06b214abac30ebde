import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import checkFile from 'eslint-plugin-check-file';
import globals from 'globals';

/**
 * Import directions of ../shared/ARCHITECTURE.md, held by a rule so nobody has to remember
 * them: each zone lists what files in `target` may NOT import.
 */
const layerZones = [
  { target: './src/domain', from: ['./src/storage', './src/report', './src/i18n', './src/components', './src/features', './src/app', './src/cli', './src/workers'] },
  { target: './src/storage', from: ['./src/report', './src/components', './src/features', './src/app', './src/cli'] },
  { target: './src/report', from: ['./src/storage', './src/components', './src/features', './src/app', './src/cli'] },
  { target: './src/i18n', from: ['./src/storage', './src/report', './src/components', './src/features', './src/app', './src/cli'] },
  { target: './src/components', from: ['./src/storage', './src/features', './src/app', './src/cli'] },
  { target: './src/features', from: ['./src/app', './src/cli'] },
  { target: './src/cli', from: ['./src/storage', './src/components', './src/features', './src/app'] },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', '.scratch', 'node_modules', 'coverage', 'test-results', 'playwright-report', 'bench/out', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-default-export': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render template text as HTML.' },
      ],
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,tsx}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(?!zod$|\\.{1,2}/)', message: 'The domain layer imports only zod.' }],
      }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrollable region must be focusable to be scrolled by keyboard (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'], tags: [] }],
    },
  },
  {
    // Tool configuration files are loaded by their tools, which expect a default export.
    files: ['*.config.{js,ts}'],
    rules: { 'import-x/no-default-export': 'off' },
  },
);
