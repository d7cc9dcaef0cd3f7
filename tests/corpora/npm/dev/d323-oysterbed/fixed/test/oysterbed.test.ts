import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gradeOf, gradeTally, newBed, readyBeds } from '../src/index';

describe('oysterbed', () => {
  it('grades oysters by weight, the heaviest first', () => {
    assert.equal(gradeOf(130), 1);
    assert.equal(gradeOf(95), 2);
    assert.equal(gradeOf(70), 3);
    assert.equal(gradeOf(50), 4);
    assert.equal(gradeOf(30), 0);
  });

  it('tallies a sample by grade', () => {
    assert.deepEqual(gradeTally([130, 70, 72, 40, 95]), { 0: 1, 1: 1, 2: 1, 3: 2 });
  });

  it('makes new beds on the trestles', () => {
    assert.deepEqual(newBed('T7', 40, 2024), { id: 'T7', bags: 40, plantedYear: 2024, site: 'trestle' });
  });

  it('lists the beds that have had three summers', () => {
    const beds = [newBed('T1', 30, 2022), newBed('T2', 30, 2023), newBed('T3', 20, 2021)];
    assert.deepEqual(readyBeds(beds, 2025), ['T1', 'T3']);
  });
});
