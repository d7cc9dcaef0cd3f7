const { firing, firingPlan, logLine, peakTemperature } = require('../src');

describe('cones', () => {
  test('tells the cool range by its leading zero', () => {
    expect(peakTemperature('cone 06')).toBe(999);
    expect(peakTemperature('Cone 6')).toBe(1222);
  });

  test('refuses a cone the kiln does not fire to', () => {
    expect(() => peakTemperature('cone 12')).toThrow('not a cone the kiln fires to');
  });
});

describe('firings', () => {
  test('plans a glaze firing with the default ramp and hold', () => {
    expect(firingPlan(firing('cone 6'))).toEqual({ peakC: 1222, hours: 8.1 + 10 / 60 });
  });

  test('logs only the settings the firing chose', () => {
    expect(logLine(firing('cone 04', { holdMinutes: 20 }))).toBe('1060 °C; cone=cone 04, holdMinutes=20');
  });

  test('logs the notes after the settings', () => {
    const bisque = firing('cone 06', { notes: ['lid propped'] });
    expect(logLine(bisque)).toBe('999 °C; cone=cone 06, notes=lid propped; lid propped');
  });
});
