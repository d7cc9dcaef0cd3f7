const { DEFAULTS, Roof, quote } = require('../src');

const cottage = () =>
  new Roof('Rose Cottage', [
    { rafterM: 4.5, widthM: 8 },
    { rafterM: 4.5, widthM: 8 },
  ]);
const porch = new Roof('Rose Cottage porch', [{ rafterM: 1.5, widthM: 2 }], { reed: 'long straw' });

describe('roofs', () => {
  test('fills the spec in from the defaults', () => {
    expect(porch.spec).toEqual({ pitchDeg: 50, courseCm: 30, reed: 'long straw' });
    expect(DEFAULTS.reed).toBe('water reed');
  });
});

describe('quotes', () => {
  test('counts the courses of each face', () => {
    expect(quote([cottage()]).lines[0].courses).toEqual([15, 15]);
  });

  test("takes a face's own course depth from the survey", () => {
    const barn = new Roof('Long Barn', [{ rafterM: 5, widthM: 10, courseCm: '25' }]);
    expect(quote([barn]).lines[0]).toMatchObject({ courses: [20], bundles: 450 });
  });

  test('prices the bundles of a roof', () => {
    // two faces of 15 courses, 8 m by 0.3 m each: 72 m2 at 9 bundles a m2
    expect(quote([cottage()]).lines[0]).toMatchObject({ bundles: 648, pence: 648 * 420 });
  });

  test('quotes a roof the sheet lists twice once', () => {
    const lines = quote([cottage(), porch, cottage()]).lines;
    expect(lines.map((line) => line.roof)).toEqual(['Rose Cottage', 'Rose Cottage porch']);
  });

  test('adds the job up', () => {
    // the porch: 5 courses of 2 m by 0.3 m, 3 m2 of long straw at 12 bundles a m2
    expect(quote([cottage(), porch]).pence).toBe((648 + 36) * 420);
  });
});
