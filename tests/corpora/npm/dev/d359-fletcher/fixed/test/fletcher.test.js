const { quote, shaftLength, spineFor, labelFor, featherCount, dozenPrice, Quiver } = require('../src');

describe('spine', () => {
  test('cuts the shaft an inch past the draw', () => {
    expect(shaftLength(28)).toBe(29);
  });
  test('gives the group whose lower bound the weight reaches', () => {
    expect(spineFor(50, 28)).toBe(400);
    expect(spineFor(45, 28)).toBe(500);
    expect(spineFor(25, 27)).toBe(700);
  });
  test('stiffens long shafts', () => {
    expect(spineFor(45, 30)).toBe(400);
  });
});

describe('labels', () => {
  test('slugs the archer and names spine and length', () => {
    expect(labelFor('  Robin  of Loxley ', 400, 29)).toBe('robin-of-loxley/400/29in');
  });
});

describe('price', () => {
  test('counts three feathers an arrow', () => {
    expect(featherCount(12)).toBe(36);
  });
  test('takes a tenth off full dozens only', () => {
    expect(dozenPrice(12)).toBe(68.04);
    expect(dozenPrice(14)).toBe(80.64);
    expect(dozenPrice(5)).toBe(31.5);
  });
});

describe('quiver', () => {
  test('gives its arrows in order', () => {
    const quiver = new Quiver(['A1', 'A2', 'A3']);
    expect([...quiver]).toEqual(['A1', 'A2', 'A3']);
    expect(quiver.count).toBe(3);
  });
});

describe('quote', () => {
  test('puts it together', () => {
    expect(quote({ archer: 'Marian', drawLb: 40, drawLengthIn: 27, arrows: 6 })).toEqual({
      label: 'marian/500/28in',
      feathers: 18,
      price: 37.8,
    });
  });
});
