import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  area,
  centroid,
  contains,
  cross,
  distance,
  isClockwise,
  isConvex,
  perimeter,
  point,
  Polygon,
  signedArea,
} from '../src/index';

const p = point;
const square: Polygon = [p(0, 0), p(4, 0), p(4, 4), p(0, 4)];
const clockwise: Polygon = [...square].reverse();
const triangle: Polygon = [p(0, 0), p(6, 0), p(0, 3)];
// an L: a 4×4 square with its top-right 2×2 quarter cut away
const ell: Polygon = [p(0, 0), p(4, 0), p(4, 2), p(2, 2), p(2, 4), p(0, 4)];

const round = (n: number) => Math.round(n * 1e9) / 1e9;

describe('points', () => {
  it('measures distances and turns', () => {
    assert.equal(distance(p(1, 1), p(4, 5)), 5);
    assert.equal(cross(p(0, 0), p(1, 0), p(1, 1)), 1);
    assert.equal(cross(p(0, 0), p(1, 0), p(1, -1)), -1);
    assert.equal(cross(p(0, 0), p(1, 1), p(2, 2)), 0);
  });
});

describe('measures', () => {
  it('computes signed and absolute areas', () => {
    assert.equal(signedArea(square), 16);
    assert.equal(signedArea(clockwise), -16);
    assert.equal(area(clockwise), 16);
    assert.equal(area(triangle), 9);
    assert.equal(area(ell), 12);
    assert.equal(isClockwise(clockwise), true);
    assert.equal(isClockwise(triangle), false);
    assert.throws(() => area([p(0, 0), p(1, 1)]), RangeError);
  });

  it('walks the whole boundary for the perimeter', () => {
    assert.equal(perimeter(square), 16);
    assert.equal(perimeter(clockwise), 16);
    assert.equal(round(perimeter(triangle)), round(9 + Math.sqrt(45)));
    assert.equal(perimeter(ell), 16);
  });

  it('finds the centroid of the region in either orientation', () => {
    assert.deepEqual(centroid(square), { x: 2, y: 2 });
    assert.deepEqual(centroid(clockwise), { x: 2, y: 2 });
    assert.deepEqual(centroid(triangle), { x: 2, y: 1 });
    const c = centroid([...ell].reverse());
    assert.deepEqual({ x: round(c.x), y: round(c.y) }, { x: round(5 / 3), y: round(5 / 3) });
    assert.throws(() => centroid([p(0, 0), p(1, 1), p(2, 2)]), /degenerate/);
  });
});

describe('containment and convexity', () => {
  it('finds points inside, outside and on the boundary', () => {
    assert.equal(contains(square, p(2, 2)), true);
    assert.equal(contains(square, p(5, 2)), false);
    assert.equal(contains(square, p(-1, 2)), false);
    assert.equal(contains(square, p(4, 1)), true);
    assert.equal(contains(square, p(0, 0)), true);
    assert.equal(contains(ell, p(1, 3)), true);
    assert.equal(contains(ell, p(3, 3)), false);
    assert.equal(contains(ell, p(3, 1)), true);
    assert.equal(contains(clockwise, p(3, 3)), true);
    assert.equal(contains(triangle, p(3, 2)), false);
    assert.equal(contains(triangle, p(3, 1)), true);
  });

  it('tells convex polygons from concave ones', () => {
    assert.equal(isConvex(square), true);
    assert.equal(isConvex(clockwise), true);
    assert.equal(isConvex(triangle), true);
    assert.equal(isConvex(ell), false);
    assert.equal(isConvex([p(0, 0), p(2, 0), p(4, 0), p(4, 4), p(0, 4)]), true);
  });
});
