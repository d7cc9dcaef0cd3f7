const { quote, sweepsPerYear, withVat, Diary, lastSweep, nextDue, certificate } = require('../src');

describe('rates', () => {
  test('adds VAT to the pence', () => {
    expect(withVat(100)).toBe(120);
    expect(quote('oil boiler')).toBe(57.54);
    expect(quote('open fire', { birdNest: true })).toBe(108);
  });

  test('knows how often each fuel needs sweeping', () => {
    expect(sweepsPerYear('wood')).toBe(2);
    expect(() => sweepsPerYear('peat')).toThrow('unknown fuel peat');
    expect(() => quote('aga')).toThrow('no price for aga');
  });
});

describe('diary', () => {
  test('gives each caller the next free slot of the day', () => {
    const diary = new Diary();
    expect(diary.book('2026-10-05', '4 Mill Lane')).toBe('2026-10-05 08:00');
    expect(diary.book('2026-10-05', 'The Old Forge')).toBe('2026-10-05 09:30');
    expect(diary.book('2026-10-06', 'Rose Cottage')).toBe('2026-10-06 08:00');
    expect(diary.cancel('2026-10-05', '08:00')).toBe(true);
    expect(diary.book('2026-10-05', 'Glebe Farm')).toBe('2026-10-05 08:00');
    expect(diary.dayList('2026-10-05')).toEqual(['08:00 Glebe Farm', '09:30 The Old Forge']);
  });

  test('refuses a caller when the day is full', () => {
    const diary = new Diary();
    for (let i = 0; i < 6; i += 1) diary.book('2026-10-07', `house ${i}`);
    expect(() => diary.book('2026-10-07', 'one too many')).toThrow('no free slot on 2026-10-07');
  });
});

describe('certificates', () => {
  test('numbers certificates and dates the next sweep', () => {
    const history = [];
    expect(nextDue(history, 'wood')).toBe('now');
    expect(lastSweep(history)).toBe(null);
    certificate(history, { address: '4 Mill Lane', appliance: 'wood stove', date: '2026-03-10' });
    const number = certificate(history, { address: '4 Mill Lane', appliance: 'wood stove', date: '2026-09-14' });
    expect(number).toBe('CS-2026-2');
    expect(lastSweep(history)).toBe('2026-09-14');
    expect(nextDue(history, 'wood')).toBe('2027-03-16');
    expect(nextDue(history, 'oil')).toBe('2027-09-14');
  });
});
