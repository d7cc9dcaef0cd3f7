const { report } = require('../src');

describe('the scarecrow', () => {
  test('scares off every crow with its arms out', () => {
    expect(report(['crow:12', 'pigeon:7', 'starling:5'], 'arms-out')).toEqual({ scaredOff: 14, firstGap: -1 });
  });

  test('finds the first count nobody took', () => {
    expect(report(['crow:4', 'pigeon:?', 'starling:?'], 'flapping')).toEqual({ scaredOff: 2, firstGap: 1 });
  });

  test('frightens every starling when it flaps', () => {
    expect(report(['starling:9'], 'flapping').scaredOff).toBe(9);
  });
});
