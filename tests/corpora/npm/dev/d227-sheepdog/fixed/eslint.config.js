import js from '@eslint/js';

export default [
  js.configs.recommended,
  {
    files: ['src/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      ecmaVersion: 2022,
      globals: { setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: { 'no-promise-executor-return': 'error' },
  },
];
