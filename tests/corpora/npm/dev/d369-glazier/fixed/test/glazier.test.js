const { quote, paneFor, parseSize, areaM2, puttyKg, sheetsFor } = require('../src');

describe('panes', () => {
  test('reads a window size given as width x height', () => {
    expect(parseSize('900x600')).toEqual({ width: 900, height: 600 });
  });

  test('cuts the glass 3 mm short of the rebate on every side', () => {
    expect(paneFor('900x600')).toEqual({ width: 894, height: 594 });
  });

  test('gives the area in square metres', () => {
    expect(areaM2({ width: 1000, height: 500 })).toBe(0.5);
  });
});

describe('putty', () => {
  test('runs putty round all four edges', () => {
    expect(puttyKg({ width: 1000, height: 500 })).toBe(0.36);
  });
});

describe('sheets', () => {
  test('starts a new sheet when a pane no longer fits', () => {
    expect(sheetsFor([{ width: 1000 }, { width: 1000 }, { width: 1000 }])).toBe(2);
    expect(sheetsFor([])).toBe(0);
  });
});

describe('quote', () => {
  test('prices an order of windows', () => {
    const order = { customer: 'Mrs Pike', windows: [{ size: '1006x506' }, { size: '806x406' }] };
    expect(quote(order)).toEqual({
      customer: 'Mrs Pike',
      panes: 2,
      areaM2: 0.82,
      puttyKg: 0.65,
      sheets: 1,
      price: 39.36,
    });
  });

  test('adds the extras priced on the order', () => {
    const order = { customer: 'Mr Roe', windows: [{ size: '1006x506' }], extras: { bead: 6.5, flashing: 12 } };
    expect(quote(order).price).toBe(42.5);
  });
});
