import assert from 'node:assert/strict';
import { Craft, Timetable, deckNames, loadRoute } from '../src/index.js';

describe('craft', () => {
  it('seats six a row', () => {
    assert.equal(new Craft('Solent Flyer', 14).seats, 84);
  });

  it('names its decks', () => {
    assert.deepEqual(deckNames(), ['Lower', 'Upper', 'Cargo']);
  });
});

describe('crossings', () => {
  it('reads a route from the timetable', () => {
    assert.deepEqual(loadRoute('Southsea > Ryde 10'), { from: 'Southsea', to: 'Ryde', minutes: 10 });
  });

  it('says which route it could not read', () => {
    assert.throws(() => loadRoute('Southsea to Ryde'), /bad route 'Southsea to Ryde'/);
  });

  it('works out the arrivals, past midnight too', () => {
    const late = new Timetable(loadRoute('Southsea > Ryde 10'), ['07:55', '23:55']);
    assert.deepEqual(late.arrivals(), ['08:05', '00:05']);
  });
});
