import assert from 'node:assert/strict';
import { boardingGroup, boardingOrder, connection, type Flight, minutesBetween, onward } from '../src/index.js';

const INBOUND: Flight = { code: 'EI154', terminal: '2', departs: '06:10', arrives: '07:25' };
const FLIGHTS: Flight[] = [
  INBOUND,
  { code: 'EI104', terminal: '2', departs: '08:05', arrives: '15:40' },
  { code: 'FR812', terminal: '1', departs: '08:20', arrives: '11:05' },
  { code: 'LH979', terminal: '1', departs: '08:50', arrives: '11:35' },
  { code: 'EI712', terminal: '2', departs: '06:55', arrives: '09:00' },
];

describe('clock', () => {
  it('counts the minutes to the next departure, overnight too', () => {
    assert.equal(minutesBetween('07:25', '08:05'), 40);
    assert.equal(minutesBetween('23:40', '01:15'), 95);
  });
});

describe('connections', () => {
  it('needs 45 minutes in the same terminal', () => {
    assert.deepEqual(connection(INBOUND, FLIGHTS[1]), { from: 'EI154', to: 'EI104', minutes: 40, ok: false });
  });

  it('needs 75 minutes to change terminal', () => {
    assert.equal(connection(INBOUND, FLIGHTS[2]).ok, false);
    assert.equal(connection(INBOUND, FLIGHTS[3]).ok, true);
  });

  it('lists the flights the passenger can still make', () => {
    assert.deepEqual(onward(INBOUND, FLIGHTS), ['LH979', 'EI712']);
  });
});

describe('boarding', () => {
  it('boards the back rows first', () => {
    assert.equal(boardingGroup('30A', 30), 1);
    assert.equal(boardingGroup('21F', 30), 1);
    assert.equal(boardingGroup('20C', 30), 2);
    assert.equal(boardingGroup('1A', 30), 3);
    assert.throws(() => boardingGroup('31A', 30), /no seat 31A/);
  });

  it('groups the seats of a booking', () => {
    assert.deepEqual(boardingOrder(['12C', '28A', '12D', '3F'], 30), [['28A'], ['12C', '12D'], ['3F']]);
  });
});
