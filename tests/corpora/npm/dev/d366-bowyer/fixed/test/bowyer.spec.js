const assert = require('node:assert/strict');
const { DEFAULTS, weightAtDraw, limbGrams, stringSetup, bowCard, seasonedStaves, rack } = require('../src');

describe('draw', () => {
  it('adds weight past the marked draw and takes it off before', () => {
    assert.equal(weightAtDraw(40, 30), 45);
    assert.equal(weightAtDraw(40, 26), 35);
    assert.equal(weightAtDraw(50, 28), 50);
  });
  it('weighs a limb in grams', () => {
    assert.equal(limbGrams('g', 120, 85, 40), 245);
    assert.equal(limbGrams('oz', 4, 2), 170);
  });
});

describe('tiller', () => {
  it('braces a short bow lower and keeps the defaults', () => {
    assert.deepEqual(stringSetup(62), { braceHeightIn: 6.5, tillerIn: 0.25, stringLengthIn: 59 });
    assert.deepEqual(DEFAULTS, { braceHeightIn: 7, tillerIn: 0.25 });
  });
  it('takes the options over the defaults', () => {
    const options = { braceHeightIn: 8 };
    assert.deepEqual(stringSetup(68, options), { braceHeightIn: 8, tillerIn: 0.25, stringLengthIn: 65 });
    assert.deepEqual(options, { braceHeightIn: 8 });
  });
});

describe('staves', () => {
  it('takes the staves down to the first wet one', () => {
    const staves = [
      { id: 'ash-1', moisturePct: 9 },
      { id: 'ash-2', moisturePct: 11 },
      { id: 'yew-1', moisturePct: 14 },
      { id: 'yew-2', moisturePct: 10 },
    ];
    assert.deepEqual(seasonedStaves(staves), ['ash-1', 'ash-2']);
  });
  it('racks the bows lightest first', () => {
    const bows = [
      { name: 'Hickory', markedLb: 45 },
      { name: 'Elm', markedLb: 35 },
      { name: 'Ash', markedLb: 35 },
    ];
    assert.deepEqual(
      rack(bows, 28).map((bow) => bow.name),
      ['Ash', 'Elm', 'Hickory'],
    );
  });
});

describe('card', () => {
  it('writes the bow card', () => {
    assert.equal(
      bowCard({ name: 'Yew longbow', markedLb: 50, drawIn: 29, bowLengthIn: 72 }),
      'Yew longbow: 52.5 lb at 29 in, brace 7 in, string 69 in',
    );
  });
});
