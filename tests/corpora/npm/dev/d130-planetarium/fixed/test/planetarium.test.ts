import { describe, expect, it } from 'vitest';
import { brightnessRatio, clashes, endOf, programme, type Show, type Star, ticket, tonight, visible } from '../src/index';

const SHOWS: Show[] = [
  { title: 'Black Holes', start: '15:00', minutes: 40 },
  { title: 'Our Moon', start: '14:15', minutes: 45 },
  { title: 'Northern Lights', start: '16:00', minutes: 35 },
];
const STARS: Star[] = [
  { name: 'Sirius', magnitude: -1.46 },
  { name: 'Polaris', magnitude: 1.98 },
  { name: 'Alcor', magnitude: 3.99 },
  { name: 'Megrez', magnitude: 3.31 },
];

describe('schedule', () => {
  it('ends a show after its running time', () => {
    expect(endOf(SHOWS[0])).toBe(15 * 60 + 40);
  });

  it('lets a show start the minute the last one ends', () => {
    expect(clashes(SHOWS[1], SHOWS[0])).toBe(false);
    expect(clashes(SHOWS[0], { title: 'Mars', start: '15:30', minutes: 20 })).toBe(true);
  });

  it('orders the programme by start time', () => {
    expect(programme(SHOWS).map((show) => show.title)).toEqual(['Our Moon', 'Black Holes', 'Northern Lights']);
  });
});

describe('sky', () => {
  it('makes five magnitudes a factor of 100', () => {
    expect(brightnessRatio(6, 1)).toBeCloseTo(100);
    expect(brightnessRatio(3.5, 1)).toBeCloseTo(10);
  });

  it('keeps the stars at or above the limit', () => {
    expect(visible(STARS, 3.31)).toEqual(['Sirius', 'Polaris', 'Megrez']);
  });
});

describe('report', () => {
  it('sums up tonight', () => {
    expect(tonight(SHOWS, STARS)).toEqual({
      order: ['Our Moon', 'Black Holes', 'Northern Lights'],
      clash: false,
      outside: ['Sirius', 'Polaris'],
    });
  });

  it('prints a ticket with the seat', () => {
    expect(ticket(SHOWS[2], 3, 14)).toBe('16:00 Northern Lights seat C14');
  });
});
