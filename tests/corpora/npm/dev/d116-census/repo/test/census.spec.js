const assert = require('node:assert/strict');
const { bandCounts, bandOf, dependencyRatio, meanHouseholdSize, medianAge, parseHousehold } = require('../src');

const STREET = [
  'H001; 4 Mill Lane; Ada Byrne 34 F; Tom Byrne 36 M; Kit Byrne 9 M; Wren Byrne 5 F',
  'H002; 6 Mill Lane; Edith Cole 81 F',
  'H003; 8 Mill Lane; Samir Haddad 102 M; Leila Haddad 71 F; Yusuf Haddad 44 M',
  'H004; 10 Mill Lane; Jo Pike 27 X; Ash Moran 29 M',
].map(parseHousehold);

describe('households', () => {
  it('reads a household line', () => {
    assert.deepEqual(STREET[1], { id: 'H002', address: '6 Mill Lane', people: [{ name: 'Edith Cole', age: 81, sex: 'F' }] });
    assert.equal(STREET[0].people.length, 4);
    assert.throws(() => parseHousehold('H009; 1 Gate St; Nobody'), /H009: cannot read "Nobody"/);
  });

  it('puts ages in their bands', () => {
    assert.equal(bandOf(0), '0-14');
    assert.equal(bandOf(15), '15-29');
    assert.equal(bandOf(64), '45-64');
    assert.equal(bandOf(102), '65+');
  });
});

describe('stats', () => {
  it('finds the median age, numerically', () => {
    assert.equal(medianAge(STREET), 35);
    assert.equal(medianAge(STREET.slice(0, 3)), 40);
    assert.equal(medianAge([parseHousehold('H1; x; A 8 F; B 10 M; C 100 F; D 9 M')]), 9.5);
  });

  it('counts the bands', () => {
    assert.deepEqual(bandCounts(STREET), { '0-14': 2, '15-29': 2, '30-44': 3, '45-64': 0, '65+': 3 });
  });

  it('gives the dependency ratio and the household size', () => {
    assert.equal(dependencyRatio(STREET), 100);
    assert.equal(meanHouseholdSize(STREET), 2.5);
  });
});
