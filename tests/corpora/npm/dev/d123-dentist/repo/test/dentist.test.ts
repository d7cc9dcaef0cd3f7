import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPounds, nextRecall, parseDate, patientPays, type Plan, reminder, type Visit } from '../src/index';

const VISITS: Visit[] = [
  { patient: 'Ruth Okafor', date: '2026-09-14', treatment: 'check-up' },
  { patient: 'Ruth Okafor', date: '2027-03-15', treatment: 'check-up' },
  { patient: 'Ruth Okafor', date: '2027-03-22', treatment: 'filling' },
  { patient: 'Dev Malhotra', date: '2027-01-30', treatment: 'hygiene' },
];

const PLAN: Plan = { name: 'Smile Care', covers: ['check-up', 'hygiene', 'filling'], share: 0.8 };

describe('recall', () => {
  it('reads a date as a UTC day', () => {
    assert.equal(parseDate('2027-03-15').toISOString(), '2027-03-15T00:00:00.000Z');
  });

  it('books the next check-up six months after the last one', () => {
    assert.equal(nextRecall(VISITS, 'Ruth Okafor'), '2027-09-15');
  });

  it('has no recall for a patient without check-ups', () => {
    assert.equal(nextRecall(VISITS, 'Dev Malhotra'), null);
  });
});

describe('fees', () => {
  it('charges the share the plan does not pay', () => {
    assert.equal(patientPays(VISITS[2], PLAN), 1960);
    assert.equal(patientPays({ patient: 'Ruth Okafor', date: '2027-04-02', treatment: 'crown' }, PLAN), 52000);
    assert.equal(patientPays(VISITS[3], null), 7500);
  });

  it('writes pence as pounds', () => {
    assert.equal(formatPounds(1960), '£19.60');
  });
});

describe('letters', () => {
  it('writes the reminder', () => {
    assert.deepEqual(reminder(VISITS, 'Ruth Okafor', PLAN, new Date(Date.UTC(2027, 3, 1))), [
      'Dear Ruth Okafor,',
      'This year you paid £30.20 for 3 visit(s).',
      'Your next check-up is due on 2027-09-15 (today is 2027-04-01).',
    ]);
  });
});
