const { frameQuote, mouldingMetres, plateText, windowSize } = require('../src');

const MOULDINGS = {
  oak: { widthMm: 30, pencePerMetre: 1400 },
  gilt: { widthMm: 45, pencePerMetre: 2600 },
};

describe('mounts and moulding', () => {
  test('cuts the window inside the picture', () => {
    expect(windowSize({ widthMm: 300, heightMm: 200 })).toEqual({ widthMm: 294, heightMm: 194 });
  });

  test('buys the moulding by the tenth of a metre, corners included', () => {
    expect(mouldingMetres({ widthMm: 400, heightMm: 300 }, 30)).toBe(1.7);
  });
});

describe('quotes', () => {
  test('prices a glazed oak frame with its mount border', () => {
    const order = { picture: { widthMm: 300, heightMm: 200 }, borderMm: 50, moulding: 'oak', glass: 'clear' };
    expect(frameQuote(order, MOULDINGS)).toEqual({
      outer: { widthMm: 400, heightMm: 300 },
      metres: 1.7,
      glazed: true,
      pence: 2380 + 540,
    });
  });

  test('leaves the glass out when the customer wants none', () => {
    const order = { picture: { widthMm: 500, heightMm: 500 }, borderMm: 0, moulding: 'gilt', glass: 'none' };
    expect(frameQuote(order, MOULDINGS)).toMatchObject({ glazed: false, metres: 2.4, pence: 6240 });
    expect(() => frameQuote({ ...order, moulding: 'pine' }, MOULDINGS)).toThrow('no such moulding: pine');
  });
});

describe('plates', () => {
  test('engraves a title that fits as it is', () => {
    expect(plateText('Harbour at Dusk', 'small')).toBe('Harbour at Dusk');
  });

  test('cuts a title that is too long for the plate', () => {
    expect(plateText('The Old Mill Pond in Late November', 'medium')).toBe('The Old Mill Pond in Late No');
  });
});
