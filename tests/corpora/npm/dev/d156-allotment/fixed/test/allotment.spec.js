const assert = require('node:assert/strict');
const { WaitingList, WateringRota, daysBetween, householdRent, rentPence } = require('../src');

describe('dates and rent', () => {
  it('counts days however the date is written', () => {
    assert.equal(daysBetween('2026-2-27', '2026-03-01'), 2);
    assert.throws(() => daysBetween('spring', '2026-03-01'), /not a date: spring/);
  });

  it('charges by area, half for a concession', () => {
    assert.equal(rentPence({ m2: 250 }), 11250);
    assert.equal(rentPence({ m2: 125 }, { concession: true }), 2813);
    assert.equal(householdRent([{ m2: 250 }, { m2: 125 }]), 16875);
    assert.equal(householdRent([], { concession: true }), 0);
  });
});

describe('waiting list', () => {
  function list() {
    return new WaitingList()
      .join('Priya', '2024-09-14')
      .join('Tom', '2023-11-02', { holdsHalf: true })
      .join('Agnes', '2022-06-30')
      .join('Mo', '2025-01-20', { holdsHalf: true });
  }

  it('offers plots to those who have waited longest', () => {
    const waiting = list();
    assert.deepEqual(waiting.allocate(['7a', '12']), [
      { plot: '7a', to: 'Agnes' },
      { plot: '12', to: 'Tom' },
    ]);
    assert.deepEqual(waiting.allocate(['3', '4', '5']), [
      { plot: '3', to: 'Priya' },
      { plot: '4', to: 'Mo' },
      { plot: '5', to: null },
    ]);
  });

  it('puts half-plot holders first when asked', () => {
    assert.deepEqual(list().allocate(['9b'], { halfHoldersFirst: true }), [{ plot: '9b', to: 'Tom' }]);
  });
});

describe('watering rota', () => {
  it('finds the holder however the day is written', () => {
    const rota = new WateringRota().assign('2026-06-01', 'Agnes').assign('2026-6-2', 'Tom');
    assert.equal(rota.who('2026-6-1'), 'Agnes');
    assert.equal(rota.who('2026-06-02'), 'Tom');
    assert.equal(rota.who('2026-06-03'), 'nobody');
  });

  it('refuses a day twice and lists the gaps', () => {
    const rota = new WateringRota().assign('2026-06-01', 'Agnes');
    assert.throws(() => rota.assign('2026-6-01', 'Mo'), /already taken by Agnes/);
    assert.deepEqual(rota.gaps(['2026-06-01', '2026-06-02']), ['2026-06-02']);
  });
});
