const assert = require('node:assert/strict');
const { Bandstand } = require('../src');

describe('bandstand', () => {
  it('writes the programme of the sets played', () => {
    const stand = new Bandstand('programmes').play('Brass Monkeys').play('Silver Band');
    assert.equal(stand.programme(), 'Victoria Park bandstand\n1. Brass Monkeys\n2. Silver Band');
  });

  it('files a programme by season', () => {
    const stand = new Bandstand('programmes');
    assert.equal(stand.programmeFile('sunday', { season: 'winter' }), path('programmes/winter/sunday.txt'));
    assert.equal(stand.programmeFile('sunday'), path('programmes/summer/sunday.txt'));
  });
});

function path(text) {
  return require('node:path').join(...text.split('/'));
}
