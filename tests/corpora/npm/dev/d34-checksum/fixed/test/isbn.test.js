const { isValidIsbn10, isValidIsbn13, isbn10To13 } = require('../src/isbn');

describe('ISBN', () => {
  test('checks ISBN-10, with X as ten', () => {
    expect(isValidIsbn10('0-306-40615-2')).toBe(true);
    expect(isValidIsbn10('0-8044-2957-x')).toBe(true);
    expect(isValidIsbn10('0-306-40615-3')).toBe(false);
    expect(isValidIsbn10('0-306-4061')).toBe(false);
  });

  test('checks ISBN-13', () => {
    expect(isValidIsbn13('978-0-306-40615-7')).toBe(true);
    expect(isValidIsbn13('9791090636071')).toBe(true);
    expect(isValidIsbn13('978-0-306-40615-6')).toBe(false);
    expect(isValidIsbn13('977-0-306-40615-7')).toBe(false);
  });

  test('converts ISBN-10 to ISBN-13', () => {
    expect(isbn10To13('0-306-40615-2')).toBe('9780306406157');
    expect(isbn10To13('080442957X')).toBe('9780804429573');
    expect(isValidIsbn13(isbn10To13('080442957X'))).toBe(true);
    expect(() => isbn10To13('0306406153')).toThrow(/not an ISBN-10/);
  });
});
