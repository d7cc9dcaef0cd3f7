import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discardsFor, formatTable, pointsFor, type Race, standings, worstRaces } from '../src/index';

const BOATS = ['GBR 12', 'IRL 7', 'NED 30', 'FRA 4', 'ESP 9'];

const RACES: Race[] = [
  { name: 'R1', finishes: { 'GBR 12': 1, 'IRL 7': 2, 'NED 30': 3, 'FRA 4': 4, 'ESP 9': 5 } },
  { name: 'R2', finishes: { 'GBR 12': 'DSQ', 'IRL 7': 1, 'NED 30': 2, 'FRA 4': 3, 'ESP 9': 4 } },
  { name: 'R3', finishes: { 'GBR 12': 1, 'IRL 7': 3, 'NED 30': 2, 'FRA 4': 'DNF', 'ESP 9': 4 } },
  { name: 'R4', finishes: { 'GBR 12': 2, 'IRL 7': 1, 'NED 30': 4, 'FRA 4': 3, 'ESP 9': 'DNF' } },
  { name: 'R5', finishes: { 'GBR 12': 1, 'IRL 7': 4, 'NED 30': 2, 'FRA 4': 3 } },
];

describe('points', () => {
  it('score places, and entries + 1 for the rest', () => {
    assert.deepEqual([1, 4, 'DNF', 'DNS', 'DSQ'].map((f) => pointsFor(f as 1, 12)), [1, 4, 13, 13, 13]);
  });

  it('leave out the worst results', () => {
    assert.deepEqual([1, 3, 4, 7, 8, 9].map(discardsFor), [0, 0, 1, 1, 2, 2]);
    assert.deepEqual(worstRaces([3, 6, 2, 6], 1), [3]);
    assert.deepEqual(worstRaces([5, 1, 9, 2], 2), [2, 0]);
    assert.deepEqual(worstRaces([4, 2], 0), []);
  });
});

describe('series', () => {
  it('ranks by net points, then by the last race', () => {
    const table = standings(BOATS, RACES);
    assert.deepEqual(
      table.map((s) => [s.boat, s.total, s.net]),
      [
        ['GBR 12', 11, 5],
        ['IRL 7', 11, 7],
        ['NED 30', 13, 9],
        ['FRA 4', 19, 13],
        ['ESP 9', 25, 19],
      ],
    );
  });

  it('is printed with the discards in brackets', () => {
    assert.deepEqual(formatTable(standings(BOATS, RACES)), [
      '1. GBR 12 1 (6) 1 2 1 = 5',
      '2. IRL 7 2 1 3 1 (4) = 7',
      '3. NED 30 3 2 2 (4) 2 = 9',
      '4. FRA 4 4 3 (6) 3 3 = 13',
      '5. ESP 9 5 4 4 6 (6) = 19',
    ]);
  });
});
