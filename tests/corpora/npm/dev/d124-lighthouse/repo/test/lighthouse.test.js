const { describeLight, dutyCycle, geographicRange, inSight, parseCharacteristic, visibleRange } = require('../src');

const HEADLAND = { name: 'Headland', heightM: 25, nominalNm: 18 };
const HARBOUR = { name: 'Harbour', heightM: 9, nominalNm: 6 };

describe('characteristic', () => {
  test('reads the chart notation', () => {
    expect(parseCharacteristic('Fl(3) W 15s')).toEqual({ kind: 'Fl', flashes: 3, colour: 'W', period: 15 });
    expect(parseCharacteristic(' Iso R 4s ')).toEqual({ kind: 'Iso', flashes: 1, colour: 'R', period: 4 });
    expect(parseCharacteristic('Q G 1.2s').period).toBe(1.2);
  });

  test('refuses what is not a characteristic', () => {
    expect(() => parseCharacteristic('Fl W')).toThrow('not a light characteristic: Fl W');
  });
});

describe('lamps', () => {
  test('gives the share of the period the light is on', () => {
    expect(dutyCycle('Fl(3) W 15s')).toBe(0.1);
    expect(dutyCycle('Iso R 4s')).toBe(0.5);
    expect(dutyCycle('Oc(2) G 10s')).toBe(0.9);
  });

  test('describes a light in words', () => {
    expect(describeLight('Fl(3) W 15s')).toBe('white flashing in groups of 3, every 15 s');
    expect(describeLight('Q G 1s')).toBe('green quick flashing, every 1 s');
  });
});

describe('visibility', () => {
  test('reaches the horizon of a light and an eye', () => {
    expect(geographicRange(25, 4)).toBeCloseTo(14.56);
  });

  test('takes the nearest limit', () => {
    expect(visibleRange(HEADLAND, 4)).toBe(14.6);
    expect(visibleRange(HARBOUR, 4)).toBe(6);
    expect(visibleRange(HEADLAND, 4, 9)).toBe(4.9);
  });

  test('lists the lights in sight', () => {
    expect(inSight([HEADLAND, HARBOUR], 4, { Headland: 12, Harbour: 7.5 })).toEqual(['Headland']);
  });
});
