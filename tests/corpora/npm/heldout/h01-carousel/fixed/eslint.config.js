const js = require('@eslint/js');

module.exports = [
  js.configs.recommended,
  {
    files: ['src/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      ecmaVersion: 2022,
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { 'capitalized-comments': 'error' },
  },
];
