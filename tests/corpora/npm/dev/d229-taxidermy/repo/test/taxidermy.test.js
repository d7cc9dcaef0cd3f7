const { Specimen, Mount, quote, intake } = require('../src');

describe('labels', () => {
  test('a specimen is labelled with its species and weight', () => {
    expect(new Specimen('Barn owl', 480).label()).toBe('Barn owl (480 g)');
  });
});

describe('intake', () => {
  test('a mount kept cold enough stays where it is', () => {
    const card = intake(new Mount('Red fox', 6200, 'stalking'), [-22, -20, -19]);
    expect(card).toEqual({ label: 'Red fox (6200 g), stalking', warmest: -19, refreeze: false });
  });

  test('a freezer that warmed up means freezing the specimen again', () => {
    const card = intake(new Mount('Pike', 3100, 'open jaw'), [-21, -12, -20]);
    expect(card.warmest).toBe(-12);
    expect(card.refreeze).toBe(true);
  });
});

describe('quotes', () => {
  test('priced by weight and kind', () => {
    expect(quote('bird', 480)).toBe(192);
    expect(quote('mammal', 6200)).toBe(3720);
  });

  test('an unknown kind is refused', () => {
    expect(() => quote('reptile', 100)).toThrow(/no rate/);
  });
});
