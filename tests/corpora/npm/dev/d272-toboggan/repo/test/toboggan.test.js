const { Leaderboard, RUNS, descent, gradient, recordCard, runByName } = require('../src');

const START = 1_700_000_000_000_000_000n;

describe('runs', () => {
  test('gives each run its gradient', () => {
    expect(RUNS.map(gradient)).toEqual([7.5, 12.1, 18.8]);
  });

  test('refuses a run the park does not have', () => {
    expect(() => runByName('Ghost Gully')).toThrow('no such run: Ghost Gully');
  });
});

describe('timing', () => {
  test('times a descent between the gates', () => {
    expect(descent('Ines', 'Fox Hollow', START, START + 48_600_000_000n)).toEqual({
      rider: 'Ines',
      run: 'Fox Hollow',
      ms: 48_600,
      kmh: 25.2,
      startNs: START,
    });
  });

  test('writes a record card', () => {
    const card = recordCard(descent('Ines', 'Fox Hollow', START, START + 48_600_000_000n));
    expect(JSON.parse(card)).toEqual({ rider: 'Ines', run: 'Fox Hollow', ms: 48600, kmh: 25.2, startNs: '1700000000000000000' });
  });

  test("keeps each rider's best descent and sums up the board, a rider who came off included", () => {
    const board = new Leaderboard();
    for (const [rider, ms] of [
      ['Ines', 48_600],
      ['Tom', 51_250],
      ['Ines', 47_900],
      ['Ravi', 62_030],
      ['Wyn', null],
    ]) {
      board.add({ rider, ms });
    }
    expect(board.summary()).toEqual({ riders: 4, finished: 3, fastestMs: 47_900, slowestMs: 62_030 });
  });
});
