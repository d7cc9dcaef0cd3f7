const js = require('@eslint/js');

module.exports = [
  js.configs.recommended,
  {
    files: ['src/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', console: 'readonly', process: 'readonly' },
    },
    rules: { 'prefer-const': 'error', 'no-var': 'error', eqeqeq: 'error', indent: ['error', 2, { SwitchCase: 1 }] },
  },
];
