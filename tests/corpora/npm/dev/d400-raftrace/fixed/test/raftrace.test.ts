import { describe, expect, it } from 'vitest';
import { clock, legSeconds, paceFor, parseCourse, raceSeconds, results, type Crew } from '../src/index';

const course = parseCourse(['Weir,300,with', 'Bend,240,against', 'Pool,200,slack'].join('\n'));
const otters: Crew = { name: 'Otters', paddlers: 4, weightsKg: [80, 75, 70, 75] };
const herons: Crew = { name: 'Herons', paddlers: 3, weightsKg: [60, 70, 70] };

describe('course', () => {
  it('reads the legs of the course', () => {
    expect(course).toHaveLength(3);
    expect(course[1]).toEqual({ name: 'Bend', metres: 240, current: 'against' });
  });
  it('times a leg with and against the current', () => {
    expect(legSeconds(course[0], 2)).toBe(120);
    expect(legSeconds(course[1], 2)).toBe(160);
  });
});

describe('race', () => {
  it('paces a crew by its paddlers and its load', () => {
    expect(paceFor(otters)).toBe(2.3);
    expect(paceFor(herons)).toBe(2.0);
  });
  it('times every leg of the course', () => {
    expect(raceSeconds(herons, course)).toBe(380);
  });
  it('reads a time on the clock', () => {
    expect(clock(380)).toBe('6:20');
    expect(clock(65)).toBe('1:05');
  });
  it('lists the crews fastest first', () => {
    expect(results([herons, otters], course)).toEqual(['Otters 5:30', 'Herons 6:20']);
  });
});
