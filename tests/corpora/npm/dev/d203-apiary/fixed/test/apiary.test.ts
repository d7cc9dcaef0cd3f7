import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hiveReports, parseInspection, Temper, temperOf } from '../src';

const LOG = `Linden,2025-05-03,4,calm
Heather,2025-05-04,6,Nervous
Linden,2025-05-14,7,calm
Heather,2025-05-20,5,aggressive`;

describe('inspections', () => {
  it('reads a temper in any case', () => {
    assert.equal(temperOf(' Calm'), Temper.Calm);
    assert.throws(() => temperOf('sleepy'), /unknown temper/);
  });

  it('reads an inspection line', () => {
    const inspection = parseInspection('Linden,2025-05-03,4,calm');
    assert.equal(inspection.date.toISOString(), '2025-05-03T00:00:00.000Z');
    assert.equal(inspection.broodFrames, 4);
    assert.throws(() => parseInspection('Linden,someday,4,calm'), /bad date/);
  });
});

describe('reports', () => {
  it('reports each hive with its next inspection', () => {
    assert.deepEqual(hiveReports(LOG), [
      { hive: 'Linden', inspections: 2, broodTrend: 3, temper: 'Calm', nextDue: '2025-05-23' },
      { hive: 'Heather', inspections: 2, broodTrend: -1, temper: 'Aggressive', nextDue: '2025-05-25' },
    ]);
  });

  it('lets the beekeeper leave calm colonies longer', () => {
    const reports = hiveReports(LOG, { [Temper.Calm]: 14 });
    assert.deepEqual(reports.map((report) => report.nextDue), ['2025-05-28', '2025-05-25']);
  });
});
