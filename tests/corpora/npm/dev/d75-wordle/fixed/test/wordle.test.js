import { describe, expect, it } from 'vitest';
import { candidates, isWord, score, share, solved, suggest, wordList } from '../src/index.js';

const g = 'green';
const y = 'yellow';
const _ = 'gray';

describe('word lists', () => {
  it('keep five-letter words once, in lower case', () => {
    expect(wordList('Crane, slate\n\nCRANE trace  crate,plaits')).toEqual(['crane', 'slate', 'trace', 'crate']);
    expect(isWord('abcde')).toBe(true);
    expect(isWord('abcd')).toBe(false);
  });
});

describe('scoring', () => {
  it('marks letters in place and elsewhere', () => {
    expect(score('crane', 'trace')).toEqual([y, g, g, _, g]);
    expect(score('SLATE', 'crane')).toEqual([_, _, g, _, g]);
    expect(solved(score('crane', 'crane'))).toBe(true);
    expect(() => score('cran', 'crane')).toThrow(RangeError);
  });

  it('counts repeated letters only as often as the answer has them', () => {
    expect(score('geese', 'those')).toEqual([_, _, _, g, g]);
    expect(score('speed', 'abide')).toEqual([_, _, y, _, y]);
    expect(score('eerie', 'melee')).toEqual([y, g, _, _, g]);
  });
});

describe('solving', () => {
  const words = wordList('crane slate trace crate react cater caret');

  it('keeps the words that fit every result', () => {
    const history = [{ guess: 'slate', result: score('slate', 'caret') }];
    expect(candidates(words, history)).toEqual(['cater', 'caret']);
    history.push({ guess: 'cater', result: score('cater', 'caret') });
    expect(candidates(words, history)).toEqual(['caret']);
    expect(suggest(words, history)).toBe('caret');
    expect(suggest(words, [{ guess: 'crane', result: [g, g, g, g, g] }])).toBe('crane');
  });
});

describe('sharing', () => {
  it('prints the grid', () => {
    const results = [score('slate', 'caret'), score('crate', 'caret'), score('caret', 'caret')];
    expect(share(1234, results)).toBe(
      ['Wordle 1,234 3/6', '', '\u2B1B\u2B1B\u{1F7E8}\u{1F7E8}\u{1F7E8}', '\u{1F7E9}\u{1F7E8}\u{1F7E8}\u{1F7E8}\u{1F7E8}', '\u{1F7E9}\u{1F7E9}\u{1F7E9}\u{1F7E9}\u{1F7E9}'].join('\n'),
    );
    expect(share(7, [score('crane', 'caret')]).split('\n')[0]).toBe('Wordle 7 X/6');
  });
});
