import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util'];

/** Layering, as in VS Code: what each folder may import. Breaking it fails `npm test`. */
const layers = [
  {
    files: ['shared/**/*.ts'],
    message: 'shared/ is pure: no Electron, Node, database, UI or main-process code.',
    paths: ['electron', 'better-sqlite3', 'drizzle-orm', 'react', ...nodeBuiltins],
    patterns: ['node:*', '**/db/**', '**/electron/**', '**/renderer/**', 'drizzle-orm/*'],
  },
  {
    files: ['electron/core/**/*.ts', 'db/**/*.ts'],
    message: 'The core and db/ run without Electron (tests, CLI, harness): no electron import.',
    paths: ['electron', 'react'],
    patterns: ['**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**'],
  },
  {
    files: ['electron/cli/**/*.ts'],
    message: 'The CLI runs on plain Node: no Electron, no main-process or UI code.',
    paths: ['electron', 'react'],
    patterns: ['**/main/**', '**/preload/**', '**/renderer/**'],
  },
  {
    files: ['electron/preload/**/*.ts'],
    message: 'The preload exposes the contract and nothing else.',
    paths: ['better-sqlite3', 'drizzle-orm', ...nodeBuiltins],
    patterns: ['node:*', '**/core/**', '**/db/**', '**/main/**', '**/renderer/**'],
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    message: 'The renderer talks to data only through renderer/api.ts and the contract.',
    paths: ['electron', 'better-sqlite3', 'drizzle-orm', ...nodeBuiltins],
    patterns: ['node:*', '**/db/**', '**/electron/**', 'drizzle-orm/*'],
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'release/',
      'db/migrations/index.ts',
      'tests/e2e/__screenshots__/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'build/scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layers.map(({ files, message, paths, patterns }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: paths.map((name) => ({ name, message })),
          patterns: [{ group: patterns, message }],
        },
      ],
    },
  })),
  prettier,
);
