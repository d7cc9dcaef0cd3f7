import { describe, expect, it } from 'vitest';
import { PointsRace, formatBoard } from '../src';

function race(): PointsRace {
  const points = new PointsRace(['Ada', 'Bo', 'Cy', 'Di']);
  points.addSprint({ lap: 10, order: ['Cy', 'Ada', 'Di'] });
  points.addSprint({ lap: 20, order: ['Cy', 'Di'] });
  points.addSprint({ lap: 30, order: ['Bo', 'Ada', 'Di'] });
  return points;
}

describe('points race', () => {
  it('doubles the final sprint and splits a tie on it', () => {
    expect(race().results().map((result) => [result.rider, result.points])).toEqual([
      ['Bo', 10],
      ['Cy', 10],
      ['Ada', 9],
      ['Di', 9],
    ]);
  });

  it('gives twenty points for a lap gained', () => {
    const points = race();
    points.addLapChange({ rider: 'Ada', laps: 1 });
    expect(points.results()[0]).toEqual({ rider: 'Ada', points: 29, sprints: 0 });
  });

  it('refuses a rider who is not in the race', () => {
    expect(() => race().addSprint({ lap: 40, order: ['Eve'] })).toThrow('not in the race: Eve');
  });

  it('tells the last lap change of a rider', () => {
    const points = race();
    points.addLapChange({ rider: 'Bo', laps: 1 });
    points.addLapChange({ rider: 'Bo', laps: -1 });
    expect(points.lastLapChange('Bo')).toBe('Bo: last lost a lap');
    expect(points.lastLapChange('Cy')).toBe('Cy: no lap gained or lost');
  });
});

describe('board', () => {
  it('lines the riders up by place', () => {
    expect(formatBoard(race().results())).toEqual([
      '1. Bo   10',
      '2. Cy   10',
      '3. Ada   9',
      '4. Di    9',
    ]);
  });
});
