import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { activeMembers, renewalDate } from '../src/members.js';

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
});
