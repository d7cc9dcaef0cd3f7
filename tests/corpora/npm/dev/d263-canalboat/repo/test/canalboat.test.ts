import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { licencePence, register, registerLine, type Boat } from '../src';

const heron: Boat = { name: 'Heron', lengthM: 17.4, electric: false };
const kingfisher: Boat = { name: 'Kingfisher of Stoke', lengthM: 9.8, electric: true };
const leviathan: Boat = { name: 'Leviathan', lengthM: 21.9, electric: false };

describe('licences', () => {
  it('charges by the length band', () => {
    assert.equal(licencePence(heron), 112_000);
    assert.equal(licencePence(leviathan), 129_000);
  });

  it('takes a quarter off for an electric boat', () => {
    assert.equal(licencePence(kingfisher), 51_000);
  });
});

describe('register', () => {
  it('prints a boat a line', () => {
    assert.equal(registerLine(heron), 'Heron        17.4 m  1120.00');
  });

  it('keeps the columns when a name is longer than its column', () => {
    assert.equal(
      register([kingfisher, leviathan]),
      'Kingfisher o  9.8 m   510.00\nLeviathan    21.9 m  1290.00',
    );
  });
});
