import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const sdkOnlyInZoom = {
  name: '@zoom/appssdk',
  message: 'Only src/zoom/ talks to the Zoom SDK: use the MeetingClient port.',
};

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
    files: ['src/zoom/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Pure domain code: no UI, no state library, no SDK, no other layer.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [sdkOnlyInZoom, 'react', 'react-dom', 'zustand'],
          patterns: [
            {
              group: [
                '**/store/**',
                '**/features/**',
                '**/app/**',
                '**/zoom/**',
                '**/emulator/**',
                '**/server/**',
              ],
              message: 'domain/ depends on nothing else in src/.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [sdkOnlyInZoom],
          patterns: [
            {
              group: ['**/features/**', '**/app/**', '**/emulator/**', '**/server/**'],
              message: 'store/ depends only on domain/ and zoom/ types.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/zoom/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', '**/features/**', '**/app/**', '**/emulator/**'],
              message: 'zoom/ depends only on domain/ types.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/emulator/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [sdkOnlyInZoom],
          patterns: [
            {
              group: ['**/store/**', '**/features/**', '**/app/**'],
              message: 'The emulator is the Zoom client: it knows nothing of the panel.',
            },
          ],
        },
      ],
    },
  },
);
