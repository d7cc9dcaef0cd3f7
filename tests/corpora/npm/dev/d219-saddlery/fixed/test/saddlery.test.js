const { csvLine, fingerprint, leatherPrice, quoteOrder, treeFor } = require('../src');

const BRAMBLE = { horse: 'Bramble', leather: 'calf', withersCm: [30.5, 31, 29.5] };
const OAK = { horse: 'Oak "Big" Tree', leather: 'synthetic', withersCm: [34, 36.5, 35] };

describe('saddles', () => {
  test('gives a horse the narrowest tree that clears its withers', () => {
    expect(treeFor(25)).toBe('narrow');
    expect(treeFor(29)).toBe('medium');
    expect(treeFor(33.5)).toBe('extra wide');
    expect(treeFor(40)).toBe('made to measure');
  });

  test('prices the leather and refuses one the workshop does not stock', () => {
    expect(leatherPrice('cowhide')).toBe(124000);
    expect(() => leatherPrice('suede')).toThrow('unknown leather: suede');
  });
});

describe('orders', () => {
  test('files the same order under the same fingerprint', () => {
    expect(fingerprint({ ...BRAMBLE })).toBe(fingerprint(BRAMBLE));
    expect(fingerprint(BRAMBLE)).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprint(OAK)).not.toBe(fingerprint(BRAMBLE));
  });

  test('quotes a stock tree at the price of the leather', () => {
    const quote = quoteOrder(BRAMBLE);
    expect(quote).toEqual({ ref: fingerprint(BRAMBLE), horse: 'Bramble', widestCm: 31, tree: 'wide', pence: 182000 });
  });

  test('adds the made-to-measure charge for a horse wider than any stock tree', () => {
    const quote = quoteOrder(OAK);
    expect(quote.widestCm).toBe(36.5);
    expect(quote.tree).toBe('made to measure');
    expect(quote.pence).toBe(106000);
  });

  test('writes a quote as a CSV line with its fields quoted', () => {
    expect(csvLine(quoteOrder(OAK))).toBe(`"${fingerprint(OAK)}","Oak ""Big"" Tree","made to measure","1060.00"`);
  });
});
