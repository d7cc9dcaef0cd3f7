const {
  blockOf,
  STANDARD_BLOCK,
  meltAllowanceMin,
  carvingWindowMin,
  nextForChainsaw,
  handOver,
} = require('../src');

describe('blocks', () => {
  test('weighs a block from its three sides', () => {
    expect(blockOf(100, 50, 25).kg).toBe(114.6);
    expect(blockOf(40, 30, 20).kg).toBe(22);
  });
  test('knows the standard block', () => {
    expect(STANDARD_BLOCK).toEqual({ widthCm: 100, depthCm: 50, heightCm: 25, kg: 114.6 });
  });
});

describe('schedule', () => {
  test('allows more time indoors', () => {
    expect(meltAllowanceMin('indoor')).toBe(240);
    expect(meltAllowanceMin('marquee')).toBe(150);
    expect(() => meltAllowanceMin('beach')).toThrow('unknown venue: beach');
  });
  test('scales the window with the block', () => {
    expect(carvingWindowMin('outdoor', blockOf(100, 100, 25))).toBe(180);
  });
});

describe('tools', () => {
  test('hands the chainsaw to the first in the queue', () => {
    const queue = new Set(['Aino', 'Bram']);
    expect(nextForChainsaw(queue)).toBe('Aino');
    expect(handOver(queue)).toBe('Aino');
    expect(handOver(queue)).toBe('Bram');
    expect(handOver(queue)).toBe(null);
  });
});
