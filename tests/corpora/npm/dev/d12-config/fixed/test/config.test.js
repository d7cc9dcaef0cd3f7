const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadConfig, getNumber } = require('../src/config');

const text = `
# service settings
DEBUG = yes
HOSTS = a.example, b.example,
PORT = 9000
DATA_DIR = /var/data
`;

test('reads every setting', () => {
  assert.deepEqual(loadConfig(text, '/srv'), {
    debug: true,
    hosts: ['a.example', 'b.example'],
    dataDir: '/var/data',
    port: 9000,
  });
});

test('defaults for missing settings', () => {
  assert.deepEqual(loadConfig('', '/srv'), { debug: false, hosts: [], dataDir: '/srv/data', port: 8080 });
});

test('a number that is not a number falls back', () => {
  assert.equal(getNumber({ PORT: 'eighty' }, 'PORT', 80), 80);
});
