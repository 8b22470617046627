import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'coverage/', 'tests/fixtures/', '.eval/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // DOM code: page text is never inserted as HTML.
    files: ['entrypoints/**/*.ts', 'page/**/*.ts', 'protocol/**/*.ts'],
    plugins: { 'no-unsanitized': nounsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
    },
  },
  {
    // The parser is pure: no DOM, no browser APIs, no framework imports.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator'],
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*', '*/entrypoints/*'] },
      ],
    },
  },
);
