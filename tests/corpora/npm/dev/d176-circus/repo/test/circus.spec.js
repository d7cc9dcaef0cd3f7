const assert = require('node:assert/strict');
const { capacity, Programme, seatsInRow, toClock, toMinutes } = require('../src');

const show = () =>
  new Programme('19:30', '22:00')
    .add('Clowns', { minutes: 10, rig: 'ground', artists: ['Pip', 'Bo'] })
    .add('Trapeze', { minutes: 15, rig: 'aerial', artists: ['Ines', 'Marek'] })
    .add('Jugglers', { minutes: 12, rig: 'ground', artists: ['Bo', 'Sun'] })
    .add('Silks', { minutes: 8, rig: 'aerial', artists: ['Ines'] });

describe('timing', () => {
  it('converts between clock times and minutes, past midnight too', () => {
    assert.equal(toMinutes('19:05'), 1145);
    assert.equal(toClock(1145), '19:05');
    assert.equal(toClock(1450), '00:10');
  });
});

describe('seating', () => {
  it('fits the benches of a row round the ring, leaving the gangway', () => {
    assert.equal(seatsInRow(1), 92);
    assert.equal(seatsInRow(3), 115);
  });

  it('adds up the rows', () => {
    assert.equal(capacity(3), 92 + 103 + 115);
  });
});

describe('Programme', () => {
  it('runs the acts with the crew changeovers between them', () => {
    assert.deepEqual(
      [...show().running()].map((slot) => `${slot.start}-${slot.end} ${slot.name}`),
      ['19:30-19:40 Clowns', '19:48-20:03 Trapeze', '20:11-20:23 Jugglers', '20:31-20:39 Silks'],
    );
    assert.equal(show().finish, '20:39');
  });

  it('names the artists without their rest between two acts', () => {
    assert.deepEqual(show().restClashes(), ['Ines before Silks']);
  });

  it('lists each rig in use for the crew', () => {
    assert.deepEqual(show().crewSheet(), ['ground: 2 act(s), 2 min to rig', 'aerial: 2 act(s), 8 min to rig']);
  });

  it('warns when an act would run past the curfew', () => {
    const programme = new Programme('21:30', '22:00');
    const late = [];
    programme.on('overrun', (name) => late.push(name));
    programme.add('Fire', { minutes: 20, rig: 'ground', artists: ['Sun'] });
    programme.add('Cage', { minutes: 15, rig: 'cage', artists: ['Marek'] });
    assert.deepEqual(late, ['Cage']);
  });

  it('refuses a rig the crew does not have', () => {
    assert.throws(() => new Programme('19:30', '22:00').add('Cannon', { minutes: 5, rig: 'cannon', artists: [] }), /no rig/);
  });
});
