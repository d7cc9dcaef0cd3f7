const {
  describeGnomon,
  dialLines,
  gnomonHeight,
  hourAngle,
  hourLineAngle,
  morningMirrorsAfternoon,
  shadowLength,
} = require('../src');

describe('angles', () => {
  test('measures the hour angle from solar noon', () => {
    expect(hourAngle(12)).toBe(0);
    expect(hourAngle(15)).toBe(45);
    expect(hourAngle(8)).toBe(-60);
  });

  test('draws the hour lines for the latitude', () => {
    expect(hourLineAngle(51.5, 15)).toBe(38);
    expect(hourLineAngle(51.5, 13)).toBe(11.8);
    expect(hourLineAngle(40, 16)).toBe(48.1);
  });
});

describe('dial', () => {
  test('scribes a line for every hour', () => {
    const lines = dialLines(51.5, 9, 15);
    expect(Object.keys(lines)).toEqual(['9', '10', '11', '12', '13', '14', '15']);
    expect(lines[9]).toBe(-38);
    expect(lines[12]).toBe(0);
  });

  test('mirrors the morning in the afternoon', () => {
    expect(morningMirrorsAfternoon(dialLines(51.5))).toBe(true);
  });
});

describe('gnomon', () => {
  test('raises the gnomon to the latitude', () => {
    expect(gnomonHeight(100, 51.5)).toBe(126);
    expect(describeGnomon(100, 51.5)).toEqual({ base: 100, height: 126, style: 51.5 });
  });

  test('casts a longer shadow under a low sun', () => {
    expect(shadowLength(1000, 30)).toBe(1732);
    expect(shadowLength(1000, 45)).toBe(1000);
  });
});
