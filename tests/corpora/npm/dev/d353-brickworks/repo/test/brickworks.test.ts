import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bricksFor, bricksForAll, bricksPerCourse, coursesFor, palletsFor } from '../src/index';

describe('courses', () => {
  it('lays a brick and a joint at a time along the wall', () => {
    assert.equal(bricksPerCourse(4500), 20);
    assert.equal(bricksPerCourse(900, { lengthMm: 290, heightMm: 90 }), 3);
  });

  it('counts the courses up to a height', () => {
    assert.equal(coursesFor(1800), 24);
    assert.equal(coursesFor(1000, { lengthMm: 290, heightMm: 90 }), 10);
  });
});

describe('walls', () => {
  it('lays a gable to its tallest point', () => {
    assert.equal(bricksFor({ name: 'gable', lengthMm: 4500, heightsMm: [1800, 2400, 1800] }), 640);
  });

  it('adds up the walls of a job', () => {
    const walls = [
      { name: 'gable', lengthMm: 4500, heightsMm: [1800, 2400, 1800] },
      { name: 'garden', lengthMm: 900, heightsMm: [600] },
    ];
    assert.equal(bricksForAll(walls), 672);
    assert.equal(bricksForAll([]), 0);
  });

  it('orders whole pallets with some spare', () => {
    assert.equal(palletsFor(640), 2);
    assert.equal(palletsFor(2000, 400, 0), 5);
  });
});
