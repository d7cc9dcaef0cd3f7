import assert from 'node:assert/strict';
import { Router } from '../src/router.js';

describe('Router', function () {
  const router = new Router()
    .add('get', '/users', () => 'list')
    .add('GET', '/users/:id', () => 'show')
    .add('post', '/users/:id/notes/:note', () => 'note');

  it('matches a literal path', function () {
    assert.equal(router.match('GET', '/users').handler(), 'list');
  });

  it('extracts parameters', function () {
    const found = router.match('get', '/users/42');
    assert.equal(found.handler(), 'show');
    assert.deepEqual(found.params, { id: '42' });
  });

  it('decodes parameters', function () {
    assert.deepEqual(router.match('POST', '/users/a%20b/notes/7').params, { id: 'a b', note: '7' });
  });

  it('needs the same number of segments', function () {
    assert.equal(router.match('GET', '/users/42/extra'), null);
  });

  it('needs the method', function () {
    assert.equal(router.match('DELETE', '/users/42'), null);
  });
});
