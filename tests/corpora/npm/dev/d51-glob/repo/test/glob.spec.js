import assert from 'node:assert/strict';
import { compile, expandBraces, filter, isMatch } from '../src/index.js';

describe('brace expansion', () => {
  it('expands alternatives, nested and in sequence', () => {
    assert.deepEqual(expandBraces('a{b,c}d'), ['abd', 'acd']);
    assert.deepEqual(expandBraces('*.{js,ts}'), ['*.js', '*.ts']);
    assert.deepEqual(expandBraces('{a,b}{1,2}'), ['a1', 'a2', 'b1', 'b2']);
    assert.deepEqual(expandBraces('x{a,b{c,d}}'), ['xa', 'xbc', 'xbd']);
    assert.deepEqual(expandBraces('{,.}env'), ['env', '.env']);
    assert.deepEqual(expandBraces('lit{eral}'), ['lit{eral}']);
    assert.throws(() => expandBraces('a{b,c'), SyntaxError);
  });
});

describe('matching one pattern', () => {
  it('keeps a star inside one directory', () => {
    assert.equal(isMatch('index.js', '*.js'), true);
    assert.equal(isMatch('src/index.js', '*.js'), false);
    assert.equal(isMatch('src/index.js', 'src/*.js'), true);
    assert.equal(isMatch('src/lib/index.js', 'src/*.js'), false);
    assert.equal(isMatch('src/lib/index.js', 'src/*/*.js'), true);
  });

  it('lets a globstar cross directories', () => {
    assert.equal(isMatch('src/a/b/c.js', 'src/**/*.js'), true);
    assert.equal(isMatch('src/c.js', 'src/**/*.js'), true);
    assert.equal(isMatch('lib/c.js', 'src/**/*.js'), false);
    assert.equal(isMatch('src/a/b', 'src/**'), true);
  });

  it('takes literal dots and other regex characters as they are', () => {
    assert.equal(isMatch('a.js', 'a.js'), true);
    assert.equal(isMatch('abjs', 'a.js'), false);
    assert.equal(isMatch('file(1).txt', 'file(1).txt'), true);
    assert.equal(isMatch('a+b', 'a+b'), true);
  });

  it('matches one character, classes and negated classes', () => {
    assert.equal(isMatch('v1.txt', 'v?.txt'), true);
    assert.equal(isMatch('v10.txt', 'v?.txt'), false);
    assert.equal(isMatch('log-b', 'log-[abc]'), true);
    assert.equal(isMatch('log-d', 'log-[abc]'), false);
    assert.equal(isMatch('log-d', 'log-[!abc]'), true);
    assert.throws(() => compile('log-[abc'), /never closed/);
  });

  it('hides dot files from wildcards unless asked', () => {
    assert.equal(isMatch('.env', '*'), false);
    assert.equal(isMatch('.env', '*', { dot: true }), true);
    assert.equal(isMatch('.env', '.env'), true);
    assert.equal(isMatch('src/.cache/x', 'src/**/x'), false);
    assert.equal(isMatch('src/.cache/x', 'src/**/x', { dot: true }), true);
  });

  it('negates and refuses empty patterns', () => {
    assert.equal(isMatch('a.md', '!*.js'), true);
    assert.equal(isMatch('a.js', '!*.js'), false);
    assert.throws(() => compile(''), TypeError);
    assert.throws(() => compile('!'), /can't be empty/);
  });
});

describe('filtering paths', () => {
  const paths = ['README.md', 'src/index.js', 'src/util.ts', 'src/vendor/lib.js', 'test/a.spec.js', '.eslintrc.js'];

  it('keeps the paths the last matching pattern selects', () => {
    assert.deepEqual(filter(paths, ['src/**/*.{js,ts}', '!src/vendor/**']), ['src/index.js', 'src/util.ts']);
    assert.deepEqual(filter(paths, ['**/*.js']), ['src/index.js', 'src/vendor/lib.js', 'test/a.spec.js']);
    assert.deepEqual(filter(paths, ['**/*.js'], { dot: true }), [
      'src/index.js',
      'src/vendor/lib.js',
      'test/a.spec.js',
      '.eslintrc.js',
    ]);
    assert.deepEqual(filter(paths, ['*', '!*.md', 'README.md']), ['README.md']);
    assert.deepEqual(filter(paths, []), []);
  });
});
