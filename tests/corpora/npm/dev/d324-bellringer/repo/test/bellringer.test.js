const { rounds, swapPairs, plainHunt, callName, touchLength } = require('../src');

test('starts from rounds', () => {
  expect(rounds(6)).toBe('123456');
});

test('swaps pairs from the lead or from second place', () => {
  expect(swapPairs('123456', 0)).toBe('214365');
  expect(swapPairs('214365', 1)).toBe('241635');
});

test('plain hunt on four comes back to rounds after eight changes', () => {
  expect(plainHunt(4)).toEqual(['1234', '2143', '2413', '4231', '4321', '3412', '3142', '1324', '1234']);
});

test('names the calls', () => {
  expect(['-', 's', 'p'].map(callName)).toEqual(['bob', 'single', 'plain']);
});

test('counts the changes in a touch', () => {
  expect(touchLength(['-', 'p', '-', 's'], 32)).toBe(128);
  expect(touchLength(['-', '-', '-'])).toBe(36);
});
