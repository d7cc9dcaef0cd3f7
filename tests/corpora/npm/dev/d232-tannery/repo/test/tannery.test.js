const { startBatch, schedule, resetSequence, area } = require('../src');

beforeEach(() => resetSequence());

describe('batches', () => {
  test('each batch gets a code from its year and a running number', () => {
    expect(startBatch(12, '2025-04-02').code).toBe('TN-2025-001');
    expect(startBatch(8, '2025-04-09').code).toBe('TN-2025-002');
  });

  test('a batch goes through the lime, the bate and the tan pits', () => {
    const batch = startBatch(20, '2025-05-01');
    expect(schedule(batch)).toEqual({
      code: 'TN-2025-001',
      plan: [
        { pit: 'lime', from: 0, to: 7 },
        { pit: 'bate', from: 7, to: 8 },
        { pit: 'tan', from: 8, to: 48 },
      ],
      readyAfterDays: 48,
    });
  });
});

describe('hides', () => {
  test('whole hides and sides', () => {
    expect(area('cow', 3)).toBe(150);
    expect(area('calf', 5, true)).toBe(30);
  });

  test('an unknown hide is refused', () => {
    expect(() => area('yak', 1)).toThrow('unknown hide: yak');
  });
});
