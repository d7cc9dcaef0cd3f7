const js = require('@eslint/js');

module.exports = [
  js.configs.recommended,
  {
    files: ['src/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable' },
    },
    rules: {
      curly: 'error',
      indent: ['error', 2, { SwitchCase: 1 }],
      'no-var': 'error',
    },
  },
];
