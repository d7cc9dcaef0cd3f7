const assert = require('node:assert/strict');
const { Garage, STANDARD, fee, minutesBetween } = require('../src');

describe('stays', () => {
  it('counts started minutes between two times', () => {
    assert.equal(minutesBetween('2026-03-01T08:00:00Z', '2026-03-01T09:30:00Z'), 90);
    assert.equal(minutesBetween('2026-03-01T08:00:00Z', '2026-03-01T08:00:01Z'), 1);
    assert.equal(minutesBetween('2026-03-01T23:50:00+01:00', '2026-03-02T00:10:00+01:00'), 20);
    assert.throws(() => minutesBetween('yesterday', '2026-03-01T08:00:00Z'), /not a time: 'yesterday'/);
    assert.throws(() => minutesBetween('2026-03-01T09:00:00Z', '2026-03-01T08:00:00Z'), RangeError);
  });
});

describe('the tariff', () => {
  it('is free in the grace period, then charges each started hour', () => {
    assert.equal(fee(15), 0);
    assert.equal(fee(16), 250);
    assert.equal(fee(60), 250);
    assert.equal(fee(61), 500);
    assert.equal(fee(200), 1000);
  });

  it('caps each day', () => {
    assert.equal(fee(10 * 60), 1800);
    assert.equal(fee(24 * 60), 1800);
    assert.equal(fee(24 * 60 + 30), 2050);
    assert.equal(fee(3 * 24 * 60 + 8 * 60), 3 * 1800 + 1800);
    assert.equal(fee(90, { ...STANDARD, hourly: 300, graceMinutes: 0 }), 600);
  });
});

describe('the garage', () => {
  const garage = () =>
    new Garage([
      { name: 'P1', spaces: 2 },
      { name: 'P2', spaces: 1 },
    ]);

  it('fills the lowest level first', () => {
    const g = garage();
    assert.deepEqual(g.enter('AB-123', '2026-03-01T08:00:00Z'), {
      plate: 'AB-123',
      level: 'P1',
      since: '2026-03-01T08:00:00Z',
    });
    g.enter('CD-456', '2026-03-01T08:05:00Z');
    assert.equal(g.enter('EF-789', '2026-03-01T08:10:00Z').level, 'P2');
    assert.equal(g.freeSpaces(), 0);
    assert.deepEqual(g.levelsWithRoom(), []);
    assert.throws(() => g.enter('GH-000', '2026-03-01T08:20:00Z'), /full/);
    assert.throws(() => g.enter('AB-123', '2026-03-01T08:20:00Z'), /already inside/);
  });

  it('charges on the way out and frees the space', () => {
    const g = garage();
    g.enter('AB-123', '2026-03-01T08:00:00Z');
    g.enter('CD-456', '2026-03-01T08:00:00Z');
    assert.deepEqual(g.exit('AB-123', '2026-03-01T10:45:00Z'), { plate: 'AB-123', minutes: 165, fee: 750 });
    assert.deepEqual(g.exit('CD-456', '2026-03-01T08:12:00Z'), { plate: 'CD-456', minutes: 12, fee: 0 });
    assert.equal(g.freeSpaces(), 3);
    assert.deepEqual(
      g.levelsWithRoom().map((level) => level.name),
      ['P1', 'P2'],
    );
    assert.throws(() => g.exit('AB-123', '2026-03-01T11:00:00Z'), /not inside/);
  });
});
