import assert from 'node:assert/strict';
import { Session, SkateRack, clashes, parseSize, priceList, tagNumber } from '../src/index.js';

describe('skates', () => {
  it('reads UK sizes with and without halves', () => {
    assert.equal(parseSize('UK 7.5'), 7.5);
    assert.equal(parseSize('11'), 11);
    assert.throws(() => parseSize('EU 41'), /not a skate size/);
  });

  it('reads the number on a rental tag', () => {
    assert.equal(tagNumber('SK-042'), 42);
    assert.equal(tagNumber('SK-42'), null);
  });

  it('prices the hire packages in pounds', () => {
    assert.deepEqual(priceList(), ['skates £4.50', 'skates+helmet £5.50', 'skates+helmet+aids £7.00']);
  });

  it('rents the next half size up when a size is out, never a smaller one', () => {
    const rack = new SkateRack({ 6: 0, 6.5: 1, 7: 1 });
    assert.equal(rack.rent(6), 6.5);
    assert.equal(rack.rent(6), null);
    rack.giveBack(6.5);
    assert.equal(rack.available(6.5), 1);
  });
});

describe('sessions', () => {
  it('admits skaters up to the capacity and counts the sizes needed', () => {
    const session = new Session(600, 2);
    assert.equal(session.admit('Ines', 'UK 5'), true);
    assert.equal(session.admit('Tom', '5'), true);
    assert.equal(session.admit('Bea', '8'), false);
    assert.equal(session.full, true);
    assert.deepEqual(session.sizesNeeded(), { 5: 2 });
  });

  it('finds a coach booked twice in the same slot', () => {
    const lessons = [
      { coach: 'Mira', slot: '09:00', pupil: 'Ada' },
      { coach: 'Olek', slot: '09:00', pupil: 'Ben' },
      { coach: 'Mira', slot: '10:00', pupil: 'Cy' },
      { coach: 'Mira', slot: '09:00', pupil: 'Dot' },
    ];
    assert.deepEqual(clashes(lessons), [{ coach: 'Mira', slot: '09:00', pupil: 'Dot' }]);
  });
});
