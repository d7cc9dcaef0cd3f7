const { Haul } = require('../src');

// Logbook entries arrive frozen, as the tide log hands them out.
const LOGBOOK = Object.freeze([
  Object.freeze({ kind: 'sea glass', grid: '12,7,3', note: 'cobalt, frosted' }),
  Object.freeze({ kind: 'cowrie', grid: '4,10,1', note: 'under the groyne' }),
  Object.freeze({ kind: 'sea glass', grid: '9,11,2', note: 'bottle green' }),
]);

describe('a haul', () => {
  test('lists each find with its grid square', () => {
    expect(new Haul('Porthmeor').recordAll(LOGBOOK).report()).toEqual([
      'sea glass at 12/7 (zone 3)',
      'cowrie at 4/10 (zone 1)',
      'sea glass at 9/11 (zone 2)',
    ]);
  });

  test('keeps the beach but not the logbook notes', () => {
    const [item] = new Haul('Porthmeor').record(LOGBOOK[1]).items;
    expect(item.beach).toBe('Porthmeor');
    expect(item).not.toHaveProperty('note');
  });

  test('names each kind of find once', () => {
    expect(new Haul('Gwithian').recordAll(LOGBOOK).kinds()).toEqual(['cowrie', 'sea glass']);
  });
});
