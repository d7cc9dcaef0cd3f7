import type { TideEvent } from './types';

// The rule of twelfths: over the six hours between low and high water the tide rises by 1, 2, 3, 3, 2 and 1
// twelfths of its range, hour by hour; the falling tide mirrors it.
const TWELFTHS = [0, 1, 3, 6, 9, 11, 12];

export function heightAt(from: TideEvent, to: TideEvent, minutes: number): number {
  const span = to.minutes - from.minutes;
  const hours = (6 * (minutes - from.minutes)) / span;
  if (hours < 0 || hours > 6) {
    throw new Error('time outside the interval');
  }
  const whole = Math.floor(hours);
  const part = whole === 6 ? 12 : TWELFTHS[whole] + (TWELFTHS[whole + 1] - TWELFTHS[whole]) * (hours - whole);
  return Math.round((from.heightM + ((to.heightM - from.heightM) * part) / 12) * 100) / 100;
}
