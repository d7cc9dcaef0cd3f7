import assert from 'node:assert/strict';
import { hhmm, resurfaceAll, sessionStarts } from '../src/index.js';

describe('resurfacing', () => {
  it('starts a session every session plus resurfacing time until closing', () => {
    assert.deepEqual([...sessionStarts(600, 900)].map(hhmm), ['10:00', '11:15', '12:30', '13:45']);
    assert.deepEqual([...sessionStarts(600, 700, { session: 45, resurface: 10 })], [600, 655]);
  });

  it('resurfaces the rinks one after the other', async () => {
    const order = [];
    const machine = {
      resurface: async (rink) => {
        order.push(rink);
        return rink.length * 2;
      },
    };
    assert.deepEqual(await resurfaceAll(machine, ['main', 'curling']), ['main: 8 min', 'curling: 14 min']);
    assert.deepEqual(order, ['main', 'curling']);
  });
});
