const { LateRound, Round, sheet } = require('../src');

function bridgeStreet() {
  return new Round('Bridge Street').add('Bridge 1').add('Bridge 2', 2).add('Bridge 3');
}

describe('the round', () => {
  test('logs the hours each lamp burns', () => {
    const round = bridgeStreet();
    round.light('Bridge 1', 4);
    round.light('Bridge 3', 5);
    round.light('Bridge 1', 2);
    expect(round.litLamps()).toEqual([
      ['Bridge 1', 6],
      ['Bridge 3', 5],
    ]);
  });

  test('refuses negative hours', () => {
    expect(() => bridgeStreet().light('Bridge 2', -1)).toThrow(RangeError);
  });

  test('names the lamps of a late round that burn past midnight', () => {
    const round = new LateRound('Quay').add('Quay 1').add('Quay 2');
    round.light('Quay 1', 3);
    round.light('Quay 2', 7);
    expect(round.pastMidnight(19)).toEqual(['Quay 2']);
  });
});

describe('the sheet', () => {
  test("pays the night's lamp hours and counts the mantles", () => {
    const round = bridgeStreet();
    round.light('Bridge 1', 4);
    round.light('Bridge 2', 5);
    expect(sheet(round)).toEqual({ street: 'Bridge Street', mantles: 4, pence: 27 });
  });
});
