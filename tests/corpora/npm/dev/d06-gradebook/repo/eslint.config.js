import js from '@eslint/js';

export default [
  js.configs.recommended,
  {
    files: ['src/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { console: 'readonly', process: 'readonly' } },
    rules: { 'prefer-const': 'error', 'no-var': 'error', eqeqeq: 'error', indent: ['error', 2] },
  },
];
