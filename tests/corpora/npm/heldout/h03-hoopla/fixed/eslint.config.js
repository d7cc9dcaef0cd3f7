import js from '@eslint/js';

export default [
  js.configs.recommended,
  {
    files: ['src/**/*.js'],
    languageOptions: { sourceType: 'module', ecmaVersion: 'latest' },
    rules: { 'func-names': 'error' },
  },
];
