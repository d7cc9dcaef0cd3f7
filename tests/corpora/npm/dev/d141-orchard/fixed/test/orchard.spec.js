import assert from 'node:assert/strict';
import { loadLog, Orchard, parseLine, parseRows, parseTree, yieldByVariety } from '../src/index.js';

const ORCHARD = new Orchard([
  'R3-12 bramley M26 2019',
  'R3-13 bramley MM106 2022',
  'R4-02 cox M9 2023',
  'R12-07 egremont M26 2021',
  'R12-08 egremont seedling 2020',
]);

describe('trees', () => {
  it('reads a tree from its line', () => {
    assert.deepEqual(parseTree('R12-07 egremont M26 2021'), {
      id: 'R12-07',
      row: 12,
      position: 7,
      variety: 'egremont',
      rootstock: 'M26',
      planted: 2021,
    });
  });

  it('knows which trees bear fruit, by their rootstock', () => {
    assert.deepEqual(
      ORCHARD.bearing(2026).map((tree) => tree.id),
      ['R3-12', 'R4-02', 'R12-07', 'R12-08'],
    );
    assert.deepEqual(
      ORCHARD.bearing(2025).map((tree) => tree.id),
      ['R3-12', 'R12-07'],
    );
    assert.equal(ORCHARD.ofVariety('bramley').length, 2);
  });

  it('picks the trees of the planned rows', () => {
    assert.deepEqual(parseRows('3,4,12'), [3, 4, 12]);
    assert.deepEqual(ORCHARD.inRows(parseRows('4,12')), ['R4-02', 'R12-07', 'R12-08']);
  });
});

describe('harvest', () => {
  it('adds up the crates of one line', () => {
    assert.deepEqual(parseLine('2026-09-15 R4-02 cox 9.5kg 8.25kg'), {
      date: '2026-09-15',
      tree: 'R4-02',
      variety: 'cox',
      kg: 17.75,
    });
  });

  it('drops the control characters the scales add', () => {
    assert.equal(parseLine('2026-09-20 R12-07 egremont 11.0kg\r').kg, 11);
    assert.equal(parseLine('2026-09-20\u0000 R12-07 egremont 11.0kg').date, '2026-09-20');
  });

  it('totals the log by variety, the largest crop first', () => {
    const log = loadLog(new URL('./fixtures/picking.log', import.meta.url));
    assert.equal(log.length, 4);
    assert.deepEqual(yieldByVariety(log), [
      { variety: 'bramley', kg: 46.5 },
      { variety: 'cox', kg: 17.8 },
      { variety: 'egremont', kg: 11 },
    ]);
  });
});
