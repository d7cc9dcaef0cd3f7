import js from '@eslint/js';

export default [
  js.configs.recommended,
  {
    files: ['src/**/*.js'],
    languageOptions: { sourceType: 'module', ecmaVersion: 2022, globals: { URL: 'readonly' } },
    rules: { 'no-throw-literal': 'error', 'no-implicit-coercion': 'error' },
  },
];
