import assert from 'node:assert/strict';
import { fileSheets, parseLine, taxonomy } from '../src/index.js';

const SHEETS = `H1024: Quercus robur: 12/05/1931: Wytham Woods: edge of the east ride
H1025: Primula veris: 02/04/1932: Port Meadow
H1031: Anemone nemorosa: 28/03/1932: Bagley Wood: under hazel
H1040: Salix alba: 19/06/1935: Iffley lock`;

describe('taxonomy', () => {
  it('files a genus under its family', () => {
    assert.equal(taxonomy.familyOf('Fagus'), 'Fagaceae');
    assert.equal(taxonomy.familyOf('Salix'), 'incertae sedis');
    assert.equal(taxonomy.cabinetOf('Primulaceae'), 'P');
  });
});

describe('sheets', () => {
  it('reads a sheet line with the whole locality', () => {
    const oak = parseLine('H1024: Quercus robur: 12/05/1931: Wytham Woods: edge of the east ride');
    assert.equal(oak.name, 'Quercus robur');
    assert.equal(oak.collected, '1931-05-12');
    assert.equal(oak.locality, 'Wytham Woods: edge of the east ride');
    assert.equal(oak.shelfmark, 'F-H1024');
  });

  it('refuses a line without a date or a locality', () => {
    assert.throws(() => parseLine('H1050: Fagus sylvatica: Shotover'), /no collection date/);
    assert.throws(() => parseLine('H1050: Fagus sylvatica: 01/05/1931'), /no locality/);
  });

  it('files the sheets by family', () => {
    assert.deepEqual(fileSheets(SHEETS), {
      Fagaceae: ['F-H1024'],
      Primulaceae: ['P-H1025'],
      Ranunculaceae: ['R-H1031'],
      'incertae sedis': ['Z-H1040'],
    });
  });
});
