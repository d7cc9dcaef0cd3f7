const { Tower, backRounds, plainHunt, rounds, swapPairs, touchSheet } = require('../src');

describe('changes', () => {
  test('rounds and back rounds', () => {
    expect(rounds(6)).toBe('123456');
    expect(rounds(12)).toBe('1234567890ET');
    expect(backRounds(8)).toBe('87654321');
    expect(() => rounds(2)).toThrow(RangeError);
  });

  test('crosses pairs from either place', () => {
    expect(swapPairs('123456', 0)).toBe('214365');
    expect(swapPairs('214365', 1)).toBe('241635');
    expect(swapPairs('12345', 0)).toBe('21435');
  });

  test('plain hunt comes round after twice the bells', () => {
    const course = [...plainHunt(4)];
    expect(course).toEqual(['1234', '2143', '2413', '4231', '4321', '3412', '3142', '1324']);
    expect([...plainHunt(7)]).toHaveLength(14);
  });

  test('prints a touch sheet', () => {
    expect(touchSheet(3).split('\n')).toEqual(['123', '213', '231', '321', '312', '132', '123', '321']);
  });
});

describe('tower', () => {
  const tower = new Tower('St Anne', ['Ruth', 'Dev', 'Marjorie', 'Kofi', 'Alun', 'Beth']);

  test('gives each bell its ringer', () => {
    expect(tower.stage).toBe(6);
    expect(tower.ringerFor('1')).toBe('Ruth');
    expect(tower.ringerFor('6', 1)).toBe('Ruth');
    expect(() => tower.ringerFor('8')).toThrow('no bell 8');
  });

  test('moves the band round either way', () => {
    expect(tower.rota(2)).toEqual(['1: Marjorie', '2: Kofi', '3: Alun', '4: Beth', '5: Ruth', '6: Dev']);
    expect(tower.rota(-1)).toEqual(['1: Beth', '2: Ruth', '3: Dev', '4: Marjorie', '5: Kofi', '6: Alun']);
    expect(tower.rota(-7)).toEqual(tower.rota(-1));
  });

  test('needs a band', () => {
    expect(() => new Tower('Chapel', ['Ruth', 'Dev'])).toThrow('at least three');
  });
});
