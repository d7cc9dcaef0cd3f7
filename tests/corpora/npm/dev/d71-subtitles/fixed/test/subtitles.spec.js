const assert = require('node:assert/strict');
const {
  formatTimecode,
  parseSrt,
  parseTimecode,
  readingSpeed,
  retime,
  shift,
  stripTags,
  tagsOf,
  tooFast,
  writeSrt,
} = require('../src');

const FILM = [
  '1',
  '00:00:01,200 --> 00:00:03,000',
  '<i>Previously...</i>',
  '',
  '2',
  '00:00:04,000 --> 00:00:06,500',
  '{\\an8}Where were you',
  'last night?',
  '',
  '3',
  '00:01:00,000 --> 00:01:01,000',
  'Nowhere you would have liked.',
  '',
].join('\r\n');

describe('timecodes', function () {
  it('are read as milliseconds', function () {
    assert.equal(parseTimecode('00:00:01,200'), 1200);
    assert.equal(parseTimecode('01:02:03.456'), 3723456);
    assert.throws(() => parseTimecode('0:00:01,200'), SyntaxError);
    assert.throws(() => parseTimecode('00:61:00,000'), SyntaxError);
  });

  it('are written back', function () {
    assert.equal(formatTimecode(3723456), '01:02:03,456');
    assert.equal(formatTimecode(5), '00:00:00,005');
  });
});

describe('SubRip files', function () {
  it('are read, CRLF included', function () {
    const cues = parseSrt(FILM);
    assert.equal(cues.length, 3);
    assert.deepEqual(cues[1], { index: 2, start: 4000, end: 6500, text: '{\\an8}Where were you\nlast night?' });
    assert.throws(() => parseSrt('1\n00:00:01 --> 00:00:02\nHi'), SyntaxError);
  });

  it('are written back numbered from 1', function () {
    const text = writeSrt(parseSrt(FILM).slice(1));
    assert.ok(text.startsWith('1\n00:00:04,000 --> 00:00:06,500\n'));
    assert.deepEqual(parseSrt(text).map((cue) => cue.index), [1, 2]);
  });

  it('lose their formatting tags on demand', function () {
    assert.equal(stripTags('<i>Previously...</i>'), 'Previously...');
    assert.equal(stripTags('{\\an8}<font color="#ff0">Up</font> here'), 'Up here');
    assert.deepEqual(tagsOf('<b>a</b> {\\an8}b'), ['<b>', '</b>', '{\\an8}']);
  });
});

describe('editing', function () {
  it('shifts the cues, cutting or dropping what falls before the start', function () {
    const cues = shift(parseSrt(FILM), -2000);
    assert.deepEqual(
      cues.map((cue) => [cue.index, cue.start, cue.end]),
      [
        [1, 0, 1000],
        [2, 2000, 4500],
        [3, 58000, 59000],
      ],
    );
    assert.equal(shift(parseSrt(FILM), -3000).length, 2);
    assert.equal(shift(parseSrt(FILM), 500)[0].start, 1700);
  });

  it('retimes for another frame rate', function () {
    const cues = retime(parseSrt(FILM), 25, 23.976);
    assert.deepEqual([cues[2].start, cues[2].end], [62563, 63605]);
  });

  it('finds cues too fast to read', function () {
    const cues = parseSrt(FILM);
    assert.equal(readingSpeed(cues[0]), 7.2);
    assert.equal(readingSpeed(cues[1]), 10);
    assert.deepEqual(tooFast(cues), [3]);
    assert.deepEqual(tooFast(cues, 30), []);
  });
});
