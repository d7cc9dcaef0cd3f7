const {
  chargeableWeight,
  formatPence,
  isRemote,
  lengthAndGirth,
  parseParcel,
  quote,
  surcharges,
  zoneOf,
} = require('../src');

describe('parcels', () => {
  test('are read from their label', () => {
    expect(parseParcel('20 x 40 x 30 cm, 2.4 kg')).toEqual({ sides: [40, 30, 20], kg: 2.4 });
    expect(parseParcel('10x10x5cm,0.3kg').sides).toEqual([10, 10, 5]);
    expect(() => parseParcel('20 x 40 cm, 1 kg')).toThrow(SyntaxError);
  });

  test('are charged by the heavier of weight and volume, in half kilos', () => {
    expect(chargeableWeight(parseParcel('20 x 40 x 30 cm, 2.4 kg'))).toBe(5);
    expect(chargeableWeight(parseParcel('10 x 10 x 5 cm, 0.3 kg'))).toBe(0.5);
    expect(chargeableWeight(parseParcel('10 x 10 x 10 cm, 1.01 kg'))).toBe(1.5);
  });

  test('measure their length and girth', () => {
    expect(lengthAndGirth(parseParcel('100 x 50 x 30 cm, 1 kg'))).toBe(260);
    expect(lengthAndGirth(parseParcel('120 x 60 x 20 cm, 1 kg'))).toBe(280);
    expect(lengthAndGirth(parseParcel('60 x 30 x 100 cm, 1 kg'))).toBe(280);
  });
});

describe('destinations', () => {
  test('fall into zones', () => {
    expect(zoneOf('gb')).toBe('domestic');
    expect(zoneOf('PT')).toBe('europe');
    expect(zoneOf('JP')).toBe('world');
    expect(() => zoneOf('AQ')).toThrow('no service to AQ');
  });

  test('may be remote', () => {
    expect(isRemote('GB', 'HS2 9AB')).toBe(true);
    expect(isRemote('GB', 'ze1 0aa')).toBe(true);
    expect(isRemote('GB', 'SW1A 1AA')).toBe(false);
    expect(isRemote('GB', 'PH1 5AA')).toBe(false);
    expect(isRemote('FR', 'PA 75001')).toBe(false);
  });
});

describe('quotes', () => {
  test('add up the rate and the surcharges', () => {
    expect(quote('20 x 40 x 30 cm, 2.4 kg', { country: 'GB', postcode: 'KW15 1AB' })).toEqual({
      lines: [
        ['domestic 5 kg', 930],
        ['remote area', 800],
      ],
      total: 1730,
    });
    expect(quote('10 x 10 x 5 cm, 0.3 kg', { country: 'DE' }).total).toBe(1150);
  });

  test('charge oversize parcels', () => {
    expect(surcharges(parseParcel('100 x 70 x 40 cm, 9 kg'), { country: 'GB' })).toEqual([['oversize', 1500]]);
    expect(surcharges(parseParcel('120 x 60 x 20 cm, 9 kg'), { country: 'GB' })).toEqual([]);
  });

  test('are printed in pounds', () => {
    expect(formatPence(1730)).toBe('£17.30');
    expect(formatPence(0)).toBe('free');
    expect(formatPence(-250)).toBe('-£2.50');
  });
});
