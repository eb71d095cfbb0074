// Few rules, each guarding something real: type-aware TypeScript checks, the hooks rules, and the import
// boundaries of the design (the client never imports the server; the contract stays free of Node and the DOM).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.{ts,tsx,mts,cts}'];
const TESTS = ['**/*.test.{ts,tsx}', 'e2e/**', 'src/test-setup.ts', 'src/server/test/**'];
const CLIENT = ['src/**/*.{ts,tsx}'];
const SERVER = ['src/server/**'];
const CONTRACT = ['src/contract/**'];

const noServerImports = {
  // Relative imports that walk into a `server` folder (react-dom/server and the like are packages, not ours).
  regex: '^(\\.\\.?/)+([^/]+/)*server(/|$)',
  message: 'Client code must not import the server; share code through src/contract instead.',
};
const noNodeImports = { regex: '^node:', message: 'This code runs in the browser: no Node built-ins.' };

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    'data/',
    'e2e/fixtures/',
    'bench/results/',
    '.tmp/',
    'test-results/',
    'playwright-report/',
    'blob-report/',
    'coverage/',
  ]),

  js.configs.recommended,
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.node } },

  {
    files: TS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Noise for this code base: numbers and booleans print fine in templates; Fastify handlers are
      // async by convention whether or not they await.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/require-await': 'off',
    },
  },

  {
    files: TESTS,
    rules: {
      // expect(obj.method) and Playwright's `async ({}, use) =>` fixtures are the normal way to write tests.
      '@typescript-eslint/unbound-method': 'off',
      'no-empty-pattern': 'off',
    },
  },

  {
    files: CLIENT,
    ignores: SERVER,
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // Only matters to the React Compiler, which this app does not use (react-hook-form's watch() trips it).
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', { patterns: [noServerImports] }],
    },
  },
  {
    files: CLIENT,
    ignores: [...SERVER, ...TESTS],
    rules: { 'no-restricted-imports': ['error', { patterns: [noServerImports, noNodeImports] }] },
  },

  {
    files: CONTRACT,
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'fastify', 'better-sqlite3'].map((name) => ({
            name,
            message:
              'src/contract is shared by the browser and the server: no framework, DOM or Node imports.',
          })),
          patterns: [
            { regex: '^node:', message: 'src/contract runs in the browser too: no Node built-ins.' },
            { regex: '^\\.\\./', message: 'src/contract must not depend on code outside it.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location'].map((name) => ({
          name,
          message: 'src/contract runs on the server too: no DOM.',
        })),
        ...['process', 'Buffer', 'require', '__dirname', '__filename'].map((name) => ({
          name,
          message: 'src/contract runs in the browser too: no Node globals.',
        })),
      ],
    },
  },
);
