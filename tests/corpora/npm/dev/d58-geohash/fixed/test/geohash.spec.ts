import assert from 'node:assert/strict';
import { BASE32, bounds, cover, decode, distance, encode, neighbor, neighbors } from '../src/index.js';

const close = (actual: number, expected: number, within: number) =>
  assert.ok(Math.abs(actual - expected) <= within, `${actual} is not within ${within} of ${expected}`);

describe('encoding', () => {
  it('encodes positions at a precision', () => {
    assert.equal(BASE32.length, 32);
    assert.equal(encode(57.64911, 10.40744, 11), 'u4pruydqqvj');
    assert.equal(encode(48.8584, 2.2945, 7), 'u09tunq');
    assert.equal(encode(-33.8568, 151.2153, 6), 'r3gx2u');
    assert.equal(encode(0, 0, 1), 's');
    assert.equal(encode(-90, -180, 3), '000');
    assert.throws(() => encode(0, 0, 13), RangeError);
    assert.throws(() => encode(91, 0, 5), /not a position/);
  });

  it('decodes a hash to its box and centre', () => {
    const box = bounds('u4pruydqqvj');
    close(box.south, 57.64911, 0.001);
    close(box.east, 10.40744, 0.001);
    const centre = decode('u09tunq');
    close(centre.lat, 48.8584, 0.001);
    close(centre.lon, 2.2945, 0.001);
    assert.deepEqual(bounds('s'), { south: 0, west: 0, north: 45, east: 45 });
    assert.deepEqual(decode('S'), { lat: 22.5, lon: 22.5 });
    assert.throws(() => bounds('u4a'), /'a' is not a geohash character/);
    assert.throws(() => bounds(''), SyntaxError);
  });
});

describe('neighbours', () => {
  it('finds the eight cells around one', () => {
    assert.deepEqual(neighbors('u09tunq'), {
      n: 'u09tunw',
      ne: 'u09tunx',
      e: 'u09tunr',
      se: 'u09tunp',
      s: 'u09tunn',
      sw: 'u09tunj',
      w: 'u09tunm',
      nw: 'u09tunt',
    });
  });

  it('wraps round the antimeridian and stops at the poles', () => {
    assert.equal(neighbor('8', 'w'), 'x');
    assert.equal(neighbor('x', 'e'), '8');
    assert.equal(neighbor('z', 'n'), null);
  });
});

describe('cover and distance', () => {
  it('lists the cells a route passes through', () => {
    const route = [
      { lat: 48.8584, lon: 2.2945 },
      { lat: 48.8585, lon: 2.2946 },
      { lat: 48.8606, lon: 2.3376 },
    ];
    assert.deepEqual(cover(route), ['u09tun', 'u09tvn']);
    assert.deepEqual(cover(route, { precision: 4 }), ['u09t']);
  });

  it('measures great-circle distances', () => {
    close(distance({ lat: 48.8584, lon: 2.2945 }, { lat: 48.8606, lon: 2.3376 }), 3165, 10);
    close(distance({ lat: 0, lon: 0 }, { lat: 0, lon: 180 }), 20015087, 1000);
    assert.equal(distance({ lat: 10, lon: 10 }, { lat: 10, lon: 10 }), 0);
  });
});
