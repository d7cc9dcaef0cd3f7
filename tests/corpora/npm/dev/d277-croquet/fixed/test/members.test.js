import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { activeMembers, isLeapYear, proRataPence, renewalDate } from '../src/members.js';

describe('membership', () => {
  it('renews a year on, on the same day', () => {
    assert.equal(renewalDate('2026-04-15', 12), '2027-04-15');
  });

  it('renews on the last day of a month too short for the day paid', () => {
    assert.equal(renewalDate('2026-01-31', 1), '2026-02-28');
    assert.equal(renewalDate('2027-08-31', 6), '2028-02-29');
  });

  it('lists the members still paid up', () => {
    const members = [
      { name: 'Hester', paid: '2026-01-31', months: 1 },
      { name: 'Gideon', paid: '2025-06-01', months: 12 },
    ];
    assert.deepEqual(activeMembers(members, '2026-03-01'), ['Gideon']);
  });

  it('knows the leap years, the century years among them', () => {
    assert.deepEqual([2024, 2026, 2000, 2100].map(isLeapYear), [true, false, true, false]);
  });

  it('charges a member who joins late in the year for the days left', () => {
    assert.equal(proRataPence(36_500, '2026-07-02'), 18_300);
  });
});
