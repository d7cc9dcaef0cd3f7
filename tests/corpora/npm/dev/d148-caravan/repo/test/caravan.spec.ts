import assert from 'node:assert/strict';
import {
  bookingPence,
  extrasPence,
  isPeak,
  nightlyPence,
  nightsOf,
  Park,
  type Pitch,
  parseBooking,
} from '../src/index.js';

const PITCHES: Pitch[] = [
  { id: 'A1', kind: 'hardstanding', electric: true },
  { id: 'A2', kind: 'hardstanding', electric: false },
  { id: 'B1', kind: 'grass', electric: true },
  { id: 'B2', kind: 'grass', electric: false },
];

describe('dates', () => {
  it('lists the nights of a stay across a month end', () => {
    assert.deepEqual(nightsOf('2027-06-29', '2027-07-02'), ['2027-06-29', '2027-06-30', '2027-07-01']);
    assert.deepEqual(nightsOf('2027-05-03', '2027-05-03'), []);
  });

  it('knows the peak season', () => {
    assert.equal(isPeak('2027-06-30'), false);
    assert.equal(isPeak('2027-07-01'), true);
    assert.equal(isPeak('2027-08-31'), true);
  });
});

describe('tariff', () => {
  it('prices a night by the pitch and the season', () => {
    assert.equal(nightlyPence(PITCHES[0], '2027-05-10'), 2650);
    assert.equal(nightlyPence(PITCHES[3], '2027-08-10'), 2600);
  });

  it('charges a dog in the peak season only', () => {
    assert.equal(extrasPence(['dog', 'awning'], '2027-05-10'), 300);
    assert.equal(extrasPence(['dog', 'awning'], '2027-07-10'), 700);
  });

  it('prices a stay that runs into the peak season night by night', () => {
    const stay = parseBooking('B1 2027-06-29 2027-07-02 car');
    assert.equal(bookingPence(PITCHES[2], stay), 2 * (1800 + 450 + 150) + (2600 + 450 + 150));
    assert.deepEqual(parseBooking('A2 2027-05-01 2027-05-03 -').extras, []);
  });
});

describe('park', () => {
  it('books a pitch once for any night', () => {
    const park = new Park(PITCHES);
    park.book({ pitch: 'A1', arrive: '2027-07-10', leave: '2027-07-14', extras: [] });
    assert.equal(park.isFree('A1', '2027-07-14', '2027-07-16'), true);
    assert.equal(park.isFree('A1', '2027-07-13', '2027-07-15'), false);
    assert.throws(() => park.book({ pitch: 'A1', arrive: '2027-07-12', leave: '2027-07-13', extras: [] }));
    assert.throws(() => park.book({ pitch: 'Z9', arrive: '2027-07-12', leave: '2027-07-13', extras: [] }));
  });

  it('gives the occupancy of a night', () => {
    const park = new Park(PITCHES);
    park.book({ pitch: 'A1', arrive: '2027-07-10', leave: '2027-07-14', extras: [] });
    park.book({ pitch: 'B2', arrive: '2027-07-13', leave: '2027-07-15', extras: ['dog'] });
    assert.equal(park.occupancy('2027-07-13'), 50);
    assert.equal(park.occupancy('2027-07-14'), 25);
  });
});
