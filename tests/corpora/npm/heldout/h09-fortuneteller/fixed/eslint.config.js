import js from '@eslint/js';

export default [
  js.configs.recommended,
  {
    files: ['src/**/*.js'],
    languageOptions: { sourceType: 'module', ecmaVersion: 2022 },
    rules: { 'no-warning-comments': 'error' },
  },
];
