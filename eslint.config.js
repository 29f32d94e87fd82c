import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import layers from './eslint-rules/layers.js';

const sdkOnlyInZoom = {
  name: '@zoom/appssdk',
  message: 'Only src/zoom/ talks to the Zoom SDK: use the MeetingClient port.',
};

/*
 * Which folders of src/ each folder may import from: dependencies point one way,
 * domain ← store ← features ← app. A feature may import only itself, never another feature or app/;
 * components/ never import store/ or features/. README "Design" lists the same table.
 */
const LAYERS = {
  'src/domain': ['src/domain'],
  'src/zoom': ['src/zoom', 'src/domain'],
  'src/persistence': ['src/persistence', 'src/domain'],
  'src/i18n': ['src/i18n', 'src/domain'],
  'src/store': ['src/store', 'src/domain', 'src/zoom', 'src/persistence'],
  'src/components': ['src/components', 'src/domain', 'src/i18n'],
  'src/hooks': ['src/hooks', 'src/store', 'src/domain', 'src/zoom', 'src/i18n'],
  'src/features/*': [
    'src/features/*',
    'src/store',
    'src/hooks',
    'src/components',
    'src/domain',
    'src/zoom',
    'src/persistence',
    'src/i18n',
  ],
  'src/app': [
    'src/app',
    'src/features',
    'src/store',
    'src/hooks',
    'src/components',
    'src/domain',
    'src/zoom',
    'src/persistence',
    'src/i18n',
    'src/styles',
  ],
  'src/emulator': ['src/emulator', 'src/zoom', 'src/domain'],
  'src/server': ['src/server', 'src/zoom', 'src/domain'],
  'src/cli': ['src/cli', 'src/domain', 'src/persistence'],
};

// A feature's tests may wire it the way the app does (its controller, the panel's view list).
const TEST_LAYERS = {
  ...LAYERS,
  'src/features/*': [...LAYERS['src/features/*'], 'src/app'],
};

const TESTS = ['src/**/*.test.ts', 'src/**/*.test.tsx'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'src/domain/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { paths: [sdkOnlyInZoom] }],
      'react/no-danger': 'off',
    },
  },
  {
    files: ['src/**'],
    ignores: TESTS,
    plugins: { layers },
    rules: {
      'layers/allowed-imports': ['error', { root: import.meta.dirname, layers: LAYERS }],
    },
  },
  {
    files: TESTS,
    plugins: { layers },
    rules: {
      'layers/allowed-imports': ['error', { root: import.meta.dirname, layers: TEST_LAYERS }],
    },
  },
  {
    files: ['src/zoom/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Pure domain code: no UI, no state library, no SDK (the layers rule keeps it off the rest of src/).
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [sdkOnlyInZoom, 'react', 'react-dom', 'zustand', 'i18next', 'react-i18next'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
);
