import assert from 'node:assert/strict';
import {
  dueForShearing,
  fleeceTotalKg,
  gradeFleece,
  herd,
  monthsBetween,
  shearingCard,
  shearingList,
} from '../src/index.js';

const day = (iso) => new Date(`${iso}T00:00:00Z`);

describe('herd', () => {
  it('accepts two letters and six digits', () => {
    assert.equal(herd.isValidTag('AB123456'), true);
    assert.equal(herd.isValidTag('AB12345'), false);
  });
  it('looks the herd up by tag', () => {
    const book = herd.herdByTag([{ tag: 'KX000101', name: 'Pablo' }, { tag: 'KX000102', name: 'Inca' }]);
    assert.equal(book.KX000102.name, 'Inca');
  });
});

describe('dates', () => {
  it('counts a month once its day comes round', () => {
    assert.equal(monthsBetween(day('2025-05-20'), day('2026-05-10')), 11);
    assert.equal(monthsBetween(day('2025-05-20'), day('2026-05-25')), 12);
  });
  it('puts the next shearing a year on and keeps the last', () => {
    assert.deepEqual(shearingCard({ tag: 'KX000101', lastShorn: day('2025-05-20') }), {
      tag: 'KX000101',
      last: '2025-05-20',
      next: '2026-05-20',
    });
  });
  it('shears after a full year', () => {
    assert.equal(dueForShearing(day('2025-05-20'), day('2026-05-25')), true);
    assert.equal(dueForShearing(day('2025-05-20'), day('2026-05-19')), false);
  });
});

describe('shearing', () => {
  it('totals the fleeces', () => {
    assert.equal(fleeceTotalKg([{ fleeceKg: 2.5 }, { fleeceKg: 3 }]), 5.5);
    assert.equal(fleeceTotalKg([]), 0);
  });
  it('grades by microns', () => {
    assert.equal(gradeFleece(18.5), 'royal');
    assert.equal(gradeFleece(23), 'fine');
    assert.equal(gradeFleece(31), 'coarse');
  });
  it('lists the tagged animals that are due', () => {
    const animals = [
      { tag: 'KX000101', lastShorn: '2025-05-01' },
      { tag: 'KX000102', lastShorn: '2025-05-28' },
      { tag: 'bad', lastShorn: '2024-01-01' },
    ];
    assert.deepEqual(shearingList(animals, day('2026-05-25')), ['KX000101']);
  });
});
