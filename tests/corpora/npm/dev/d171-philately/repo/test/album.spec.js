import assert from 'node:assert/strict';
import { Album } from '../src/index.js';

const collection = () =>
  new Album('Vera', { perPage: 2 })
    .add('SG 100', 'used')
    .add('SG 12', 'hinged', 'thin spot top left')
    .add('SG 9', 'fine used')
    .add('SG 12a', 'mint')
    .add('SG 12', 'mint')
    .add('SG 100', 'damaged', 'torn perforations');

describe('Album', () => {
  it('mounts each number once in catalogue order', () => {
    assert.deepEqual(collection().numbers, ['SG 9', 'SG 12', 'SG 12a', 'SG 100']);
  });

  it('splits the numbers into pages', () => {
    const album = collection();
    assert.equal(album.pageCount, 2);
    assert.deepEqual(album.page(2), ['SG 12a', 'SG 100']);
  });

  it('offers every copy but the best as a duplicate', () => {
    const spare = collection().duplicates();
    assert.deepEqual(
      spare.map((copy) => `${copy.number} ${copy.condition}`),
      ['SG 12 hinged', 'SG 100 damaged'],
    );
  });

  it('values every copy and moves the notes to footnotes', () => {
    const { rows, footnotes } = collection().rows();
    assert.deepEqual(rows[1], { number: 'SG 12', condition: 'hinged', pence: 3200 });
    assert.deepEqual(footnotes, ['SG 12: thin spot top left', 'SG 100: torn perforations']);
    assert.equal(collection().value, 90 + 3200 + 22750 + 12500 + 8000 + 23);
  });

  it('refuses an unknown condition', () => {
    assert.throws(() => new Album('Vera').add('SG 1', 'pristine'), /unknown condition/);
  });
});
