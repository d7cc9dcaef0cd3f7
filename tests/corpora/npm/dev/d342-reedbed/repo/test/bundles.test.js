const { gradeCounts, gradeOf, weighBundles } = require('../src');

test('grades reed by its length', () => {
  expect(gradeOf(200)).toBe('long');
  expect(gradeOf(150)).toBe('standard');
  expect(gradeOf(60)).toBe('reject');
  expect(gradeCounts([200, 150, 130, 60])).toEqual({ long: 1, standard: 2, reject: 1 });
});

test('weighs the bundles', async () => {
  const scale = async (id) => ({ b1: 4.5, b2: 5, b3: 3.5 })[id];
  await expect(weighBundles(['b1', 'b2', 'b3'], scale)).resolves.toBe(13);
});
