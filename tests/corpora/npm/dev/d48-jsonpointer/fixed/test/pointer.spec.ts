import assert from 'node:assert/strict';
import { compile, escapeToken, get, has, Json, parse, remove, set, unescapeToken } from '../src/index.js';

// The example document of RFC 6901, section 5.
const rfc = (): Json => ({
  foo: ['bar', 'baz'],
  '': 0,
  'a/b': 1,
  'c%d': 2,
  'e^f': 3,
  'g|h': 4,
  'i\\j': 5,
  'k"l': 6,
  ' ': 7,
  'm~n': 8,
});

describe('tokens', () => {
  it('escapes and unescapes in the order RFC 6901 gives', () => {
    assert.equal(escapeToken('a/b~c'), 'a~1b~0c');
    assert.equal(unescapeToken('a~1b~0c'), 'a/b~c');
    assert.equal(unescapeToken('~01'), '~1');
    assert.equal(unescapeToken('~10'), '/0');
    assert.equal(escapeToken('~1'), '~01');
    assert.throws(() => unescapeToken('a~2'), SyntaxError);
    assert.throws(() => unescapeToken('a~'), SyntaxError);
  });

  it('parses and compiles pointers', () => {
    assert.deepEqual(parse(''), []);
    assert.deepEqual(parse('/'), ['']);
    assert.deepEqual(parse('/foo/0'), ['foo', '0']);
    assert.deepEqual(parse('/a~1b/m~0n/~01'), ['a/b', 'm~n', '~1']);
    assert.throws(() => parse('foo'), SyntaxError);
    assert.equal(compile(['a/b', 'm~n', '']), '/a~1b/m~0n/');
    assert.equal(compile([]), '');
  });
});

describe('get', () => {
  it('resolves every example of the RFC', () => {
    const doc = rfc();
    assert.deepEqual(get(doc, ''), doc);
    assert.deepEqual(get(doc, '/foo'), ['bar', 'baz']);
    assert.equal(get(doc, '/foo/0'), 'bar');
    assert.equal(get(doc, '/'), 0);
    assert.equal(get(doc, '/a~1b'), 1);
    assert.equal(get(doc, '/c%d'), 2);
    assert.equal(get(doc, '/i\\j'), 5);
    assert.equal(get(doc, '/ '), 7);
    assert.equal(get(doc, '/m~0n'), 8);
  });

  it('refuses what is not there', () => {
    const doc = rfc();
    assert.throws(() => get(doc, '/foo/2'), RangeError);
    assert.throws(() => get(doc, '/foo/01'), /not an array index/);
    assert.throws(() => get(doc, '/foo/-'), /not an array index/);
    assert.throws(() => get(doc, '/nope'), /nothing at '\/nope'/);
    assert.throws(() => get(doc, '/a~1b/x'), /nothing at/);
    assert.throws(() => get({ a: {} }, '/a/toString'), /nothing at/);
    assert.equal(has(doc, '/foo/1'), true);
    assert.equal(has(doc, '/foo/1/x'), false);
  });
});

describe('set and remove', () => {
  it('sets members and array elements in place', () => {
    const doc: Json = { list: [1, 2], deep: { 'x/y': true } };
    set(doc, '/list/0', 10);
    set(doc, '/list/-', 3);
    set(doc, '/list/3', 4);
    set(doc, '/deep/x~1y', false);
    set(doc, '/deep/new', null);
    assert.deepEqual(doc, { list: [10, 2, 3, 4], deep: { 'x/y': false, new: null } });
    assert.throws(() => set(doc, '/list/9', 0), RangeError);
    assert.throws(() => set(doc, '', 0), /root has no parent/);
    assert.throws(() => set(doc, '/list/0/x', 0), /cannot set a member of a number/);
  });

  it('removes and returns, moving later elements down', () => {
    const doc: Json = { list: ['a', 'b', 'c'], '~': { k: 1 } };
    assert.equal(remove(doc, '/list/1'), 'b');
    assert.deepEqual(remove(doc, '/~0'), { k: 1 });
    assert.deepEqual(doc, { list: ['a', 'c'] });
    assert.equal(remove(doc, '/list/1'), 'c');
    assert.throws(() => remove(doc, '/list/1'), RangeError);
    assert.throws(() => remove(doc, '/missing'), /nothing at/);
    assert.deepEqual(doc, { list: ['a'] });
  });
});
