const {
  codeOf,
  symbolOf,
  encode,
  decode,
  isValid,
  symbolUnits,
  messageUnits,
  unitMillis,
  durationMillis,
} = require('../src');

describe('the alphabet', () => {
  test('looks codes up in either direction, any case', () => {
    expect(codeOf('e')).toBe('.');
    expect(codeOf('Q')).toBe('--.-');
    expect(codeOf('0')).toBe('-----');
    expect(codeOf('?')).toBe('..--..');
    expect(symbolOf('-.--')).toBe('Y');
    expect(symbolOf('....-')).toBe('4');
  });

  test('names what it does not know', () => {
    expect(() => codeOf('#')).toThrow("no Morse code for '#'");
    expect(() => symbolOf('......')).toThrow("unknown Morse code '......'");
  });
});

describe('encode and decode', () => {
  test('encodes words and the gaps between them', () => {
    expect(encode('SOS')).toBe('... --- ...');
    expect(encode('  hello   world ')).toBe('.... . .-.. .-.. --- / .-- --- .-. .-.. -..');
    expect(encode('Call 911?')).toBe('-.-. .- .-.. .-.. / ----. .---- .---- ..--..');
    expect(encode('')).toBe('');
  });

  test('decodes back to upper case', () => {
    expect(decode('... --- ...')).toBe('SOS');
    expect(decode(' .... .. /  - .... . .-. . ')).toBe('HI THERE');
    expect(decode('')).toBe('');
    expect(decode('   ')).toBe('');
  });

  test('round-trips a sentence', () => {
    const text = 'THE QUICK BROWN FOX JUMPS OVER 13 LAZY DOGS.';
    expect(decode(encode(text))).toBe(text);
  });

  test('tells valid Morse from invalid', () => {
    expect(isValid('.- -...')).toBe(true);
    expect(isValid('.- ........')).toBe(false);
    expect(isValid('')).toBe(true);
  });
});

describe('timing', () => {
  test('counts the marks and the gaps inside one symbol', () => {
    expect(symbolUnits('.')).toBe(1);
    expect(symbolUnits('-')).toBe(3);
    expect(symbolUnits('.-')).toBe(5);
    expect(symbolUnits('-.-.')).toBe(11);
  });

  test('counts a message from its first mark to its last', () => {
    expect(messageUnits('E')).toBe(1);
    expect(messageUnits('EE')).toBe(5);
    expect(messageUnits('E E')).toBe(9);
    expect(messageUnits('PARIS')).toBe(43);
    expect(messageUnits('SOS')).toBe(27);
  });

  test('turns words per minute into milliseconds', () => {
    expect(unitMillis(20)).toBe(60);
    expect(unitMillis(12)).toBe(100);
    expect(durationMillis('PARIS', 20)).toBe(2580);
    expect(durationMillis('E E', 12)).toBe(900);
    expect(() => unitMillis(0)).toThrow(RangeError);
  });
});
