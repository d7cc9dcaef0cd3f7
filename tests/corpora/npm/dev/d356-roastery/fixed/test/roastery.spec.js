const assert = require('node:assert/strict');
const { parseLog, profileFor, report, roastLevel, weightLossPct } = require('../src');

describe('profiles', () => {
  it('roasts a bigger batch for longer', () => {
    assert.equal(profileFor('filter').roastMinutes(1000), 10);
    assert.equal(profileFor('espresso').roastMinutes(2000), 14);
  });

  it('knows the span from charge to drop', () => {
    assert.equal(profileFor('espresso').spanC, 34);
    assert.throws(() => profileFor('cold brew'), /no profile cold brew/);
  });
});

describe('log', () => {
  it('reads a line of the log', () => {
    assert.deepEqual(parseLog('Guji; 1000 g; 842 g'), { origin: 'Guji', greenG: 1000, roastedG: 842 });
  });

  it('works out the weight lost in the drum', () => {
    assert.equal(weightLossPct({ greenG: 1000, roastedG: 842 }), 15.8);
    assert.equal(weightLossPct({ greenG: 500, roastedG: 440 }), 12);
  });

  it('names the roast by its loss', () => {
    assert.equal(roastLevel({ greenG: 500, roastedG: 440 }), 'light');
    assert.equal(roastLevel({ greenG: 1000, roastedG: 842 }), 'medium');
    assert.equal(roastLevel({ greenG: 1000, roastedG: 810 }), 'dark');
  });

  it('reports a roast', () => {
    assert.equal(report(parseLog('Huila; 2000 g; 1700 g')), 'Huila: 1700 g roasted, 15.0 % lost');
  });
});
