import assert from 'node:assert/strict';
import { gaussianWeights, hourlyRate, magnitudeClass, parseLine, smooth, summarise } from '../src/index.js';

const CATALOGUE = [
  '# time magnitude scale depth region',
  '2024-03-08T00:12:55Z 4.7 ML 12.5 Kanto',
  '2024-03-08T01:40:02Z 6.2 Mw 35 Tohoku',
  '2024-03-08T01:58:41Z 3.1 ML 8 Kanto',
  '2024-03-08T03:05:10Z 5.4 mb 410 Bonin Islands',
];

describe('catalogue lines', () => {
  it('reads a line', () => {
    assert.deepEqual(parseLine('2024-03-08T04:12:55Z 4.7 ML 12.5 Kanto'), {
      time: '2024-03-08T04:12:55Z',
      magnitude: 4.7,
      scale: 'ML',
      depthKm: 12.5,
      region: 'Kanto',
    });
  });

  it('refuses a scale the catalogue does not take', () => {
    assert.throws(() => parseLine('2024-03-08T04:12:55Z 6.1 Mww 30 Chile'), /unknown magnitude scale: Mww/);
    assert.throws(() => parseLine('2024-03-08T04:12:55Z 4.0 Md 3 Geysers'), /unknown magnitude scale: Md/);
  });

  it('classes magnitudes', () => {
    assert.equal(magnitudeClass(7.3), 'major');
    assert.equal(magnitudeClass(4.0), 'light');
    assert.equal(magnitudeClass(2.2), 'minor');
  });
});

describe('smoothing', () => {
  it('weights the centre most and adds up to one', () => {
    const weights = gaussianWeights(1, 1);
    assert.equal(weights.length, 3);
    assert.ok(weights[1] > weights[0]);
    assert.equal(Math.round(weights.reduce((a, b) => a + b) * 1e9), 1e9);
    assert.equal(Math.round(weights[1] * 1000) / 1000, 0.452);
  });

  it('spreads a burst over its neighbours', () => {
    assert.deepEqual(smooth([0, 10, 0]), [3.78, 4.52, 3.78]);
  });
});

describe('report', () => {
  it('summarises the catalogue', () => {
    assert.deepEqual(summarise(CATALOGUE), {
      total: 4,
      counts: { light: 1, strong: 1, minor: 1, moderate: 1 },
      strongest: '6.2 Mw Tohoku',
    });
  });

  it('summarises an empty catalogue', () => {
    assert.deepEqual(summarise(['# nothing yet']), { total: 0, counts: {}, strongest: null });
  });

  it('gives the smoothed hourly rate', () => {
    assert.deepEqual(hourlyRate(CATALOGUE, 4), [1.38, 1.18, 0.82, 0.62]);
  });
});
