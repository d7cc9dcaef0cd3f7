import assert from 'node:assert/strict';
import { diffLines, diffStat, hunks, lcsLengths, parseHunkHeader, splitLines, unifiedDiff } from '../src/index.js';

const OLD = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

describe('lines', () => {
  it('splits LF and CRLF texts alike', () => {
    assert.deepEqual(splitLines('a\nb\n'), ['a', 'b']);
    assert.deepEqual(splitLines('a\r\nb\r\n'), ['a', 'b']);
    assert.deepEqual(splitLines('a\n\nb'), ['a', '', 'b']);
    assert.deepEqual(splitLines(''), []);
  });
});

describe('the line diff', () => {
  it('finds the longest common subsequence', () => {
    assert.equal(lcsLengths(['a', 'b', 'c', 'd'], ['b', 'd', 'e'])[0][0], 2);
    assert.equal(lcsLengths([], ['x'])[0][0], 0);
  });

  it('lists the edits, removals before additions', () => {
    const ops = diffLines(['a', 'b', 'c'], ['a', 'x', 'c', 'd']).map((edit) => edit.op + edit.line);
    assert.deepEqual(ops, [' a', '-b', '+x', ' c', '+d']);
    assert.deepEqual(diffLines([], ['new']), [{ op: '+', line: 'new' }]);
  });

  it('sees no change between the same text with other line endings', () => {
    assert.deepEqual(diffStat('a\nb\nc\n', 'a\r\nb\r\nc\r\n'), { added: 0, removed: 0, changed: false });
    assert.deepEqual(diffStat('a\nb\n', 'a\nc\nd\n'), { added: 2, removed: 1, changed: true });
  });
});

describe('unified diffs', () => {
  it('groups changes into hunks with their context', () => {
    const edits = diffLines(OLD, OLD.map((line) => (line === 'two' || line === 'eleven' ? line.toUpperCase() : line)));
    assert.equal(hunks(edits, 3).length, 2);
    assert.equal(hunks(edits, 4).length, 1);
    assert.deepEqual(hunks([{ op: ' ', line: 'same' }]), []);
  });

  it('writes the hunks with their headers', () => {
    const next = [...OLD.slice(0, 5), 'FIVE AND A HALF', ...OLD.slice(5, 11)];
    const text = unifiedDiff(OLD.join('\n'), next.join('\n'), 2);
    assert.equal(
      text,
      ['@@ -4,4 +4,5 @@', ' four', ' five', '+FIVE AND A HALF', ' six', ' seven', '@@ -10,3 +11,2 @@', ' ten', ' eleven', '-twelve'].join('\n'),
    );
    assert.equal(unifiedDiff('same\n', 'same\n'), '');
  });

  it('reads hunk headers back', () => {
    assert.deepEqual(parseHunkHeader('@@ -4,4 +4,5 @@'), { oldStart: 4, oldCount: 4, newStart: 4, newCount: 5 });
    assert.deepEqual(parseHunkHeader('@@ -1 +1 @@ title'), { oldStart: 1, oldCount: 1, newStart: 1, newCount: 1 });
    assert.throws(() => parseHunkHeader('@@ 4,4 4,5 @@'), SyntaxError);
  });
});
