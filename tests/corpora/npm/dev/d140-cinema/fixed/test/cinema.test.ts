import { describe, expect, it } from 'vitest';
import {
  endsAt,
  filmStarts,
  findTogether,
  nextShowing,
  orderTotal,
  parseSeat,
  screenClashes,
  type Showing,
  ticketPrice,
} from '../src/index';

const SHOWINGS: Showing[] = [
  { film: 'Harbour Lights', screen: 1, start: '14:10', runtimeMin: 112 },
  { film: 'Harbour Lights', screen: 1, start: '19:30', runtimeMin: 112 },
  { film: 'The Long Field', screen: 2, start: '18:00', runtimeMin: 95 },
  { film: 'Small Hours', screen: 1, start: '16:20', runtimeMin: 88 },
  { film: 'Small Hours', screen: 2, start: '21:00', runtimeMin: 88 },
];

describe('schedule', () => {
  it('starts the film after the trailers and ends it on the clock', () => {
    expect(filmStarts(SHOWINGS[0])).toBe('14:30');
    expect(endsAt(SHOWINGS[1])).toBe('21:42');
    expect(endsAt(SHOWINGS[4])).toBe('22:48');
  });

  it('finds the next showing of a film', () => {
    expect(nextShowing(SHOWINGS, 'Harbour Lights', '15:00')?.start).toBe('19:30');
    expect(nextShowing(SHOWINGS, 'Small Hours', '21:01')).toBeUndefined();
  });

  it('spots showings that leave no time to clean the screen', () => {
    expect(screenClashes(SHOWINGS)).toEqual(['Harbour Lights / Small Hours']);
  });
});

describe('seats', () => {
  it('reads seat labels', () => {
    expect(parseSeat('F12')).toEqual({ row: 'F', number: 12 });
    expect(() => parseSeat('12F')).toThrow('not a seat');
  });

  it('finds seats side by side, up to the end of the row', () => {
    const free = ['C3', 'C4', 'C6', 'D1', 'C7', 'C8', 'C12'];
    expect(findTogether(free, 'C', 2)).toEqual(['C3', 'C4']);
    expect(findTogether(free, 'C', 3)).toEqual(['C6', 'C7', 'C8']);
    expect(findTogether(free, 'C', 4)).toBeNull();
    expect(findTogether(['B9', 'B10'], 'B', 2)).toEqual(['B9', 'B10']);
  });
});

describe('pricing', () => {
  it('takes a fifth off before five o\'clock', () => {
    expect(ticketPrice('adult', SHOWINGS[0])).toBe(920);
    expect(ticketPrice('child', SHOWINGS[2])).toBe(750);
  });

  it('adds one booking fee to an order', () => {
    expect(orderTotal(SHOWINGS[1], ['adult', 'adult', 'child'])).toBe(1150 + 1150 + 750 + 95);
    expect(orderTotal(SHOWINGS[1], [])).toBe(0);
  });
});
