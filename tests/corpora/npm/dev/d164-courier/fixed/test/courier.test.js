const { parcelPrice, areaOf, zoneSurcharge, parseLabel, quote, Round } = require('../src');

describe('rates', () => {
  test('prices a parcel by its weight band', () => {
    expect(parcelPrice(0.4)).toBe(395);
    expect(parcelPrice(1)).toBe(395);
    expect(parcelPrice(5)).toBe(695);
    expect(() => parcelPrice(21)).toThrow(RangeError);
  });

  test('adds a surcharge for remote areas', () => {
    expect(zoneSurcharge('HS2 9XY')).toBe(450);
    expect(zoneSurcharge('EH3 9AB')).toBe(0);
    expect(areaOf('g1 1aa')).toBe('G');
    expect(() => areaOf('123')).toThrow('not a postcode');
  });
});

describe('delivery', () => {
  test('reads the weight and postcode from a label', () => {
    expect(parseLabel('2.5kg to eh3 9ab')).toEqual({ kg: 2.5, postcode: 'EH3 9AB', area: 'EH' });
    expect(() => parseLabel('2.5 to EH3 9AB')).toThrow('unreadable label');
  });

  test('quotes a label, weight band and surcharge', () => {
    expect(quote('1.2kg to KW15 1AA')).toBe(995);
    expect(quote('5.5kg to G1 1AA')).toBe(1295);
  });

  test('groups a round by district and counts the signatures', () => {
    const round = new Round('Priya')
      .add('0.5kg to EH3 9AB')
      .add('3kg to G1 1AA', { valuePence: 7500 })
      .add('1.5kg to EH3 5QR', { signature: true })
      .add('12kg to EH1 2NG');
    expect(round.byDistrict()).toEqual([
      { district: 'EH1', parcels: 1, signatures: 0 },
      { district: 'EH3', parcels: 2, signatures: 1 },
      { district: 'G1', parcels: 1, signatures: 1 },
    ]);
    expect(round.totalKg()).toBe(17);
  });
});
