import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Vault, germinationRate, latestTest, viabilityAfter } from '../src';
import type { Accession } from '../src';

const wheat: Accession = {
  id: 'W-001',
  species: 'wheat',
  collectedYear: 2010,
  grams: 500,
  tests: [
    { date: '2016-04-02', sown: 200, germinated: 190 },
    { date: '2021-03-15', sown: 200, germinated: 181 },
  ],
};
const onion: Accession = {
  id: 'O-014',
  species: 'onion',
  collectedYear: 2018,
  grams: 80,
  tests: [{ date: '2019-05-20', sown: 100, germinated: 96 }],
};
const pea: Accession = { id: 'P-230', species: 'pea', collectedYear: 2024, grams: 1200, tests: [] };

describe('germination', () => {
  it('gives the rate in percent to one decimal', () => {
    assert.equal(germinationRate({ date: '2020-01-01', sown: 150, germinated: 127 }), 84.7);
    assert.throws(() => germinationRate({ date: '2020-01-01', sown: 0, germinated: 0 }), RangeError);
  });

  it('finds the latest test', () => {
    assert.equal(latestTest(wheat.tests)?.date, '2021-03-15');
    assert.equal(latestTest([]), undefined);
  });

  it('halves the viability every half-life', () => {
    assert.equal(viabilityAfter(96, 6, 6), 48);
    assert.equal(viabilityAfter(90.5, 0, 20), 90.5);
  });
});

describe('vault', () => {
  const vault = () => {
    const v = new Vault();
    v.deposit(wheat);
    v.deposit(onion);
    v.deposit(pea);
    return v;
  };

  it('withdraws seed without changing the deposited record', () => {
    const v = vault();
    assert.equal(v.withdraw('W-001', 120, 'Hillside Farm', '2026-02-01').grams, 380);
    assert.equal(v.get('W-001').grams, 380);
    assert.equal(wheat.grams, 500);
    assert.throws(() => v.withdraw('O-014', 81, 'Hillside Farm', '2026-02-01'), RangeError);
  });

  it('keeps a history of where seed went', () => {
    const v = vault();
    v.withdraw('W-001', 20, 'Hillside Farm', '2026-02-01');
    v.withdraw('O-014', 5, 'School garden', '2026-02-03');
    v.withdraw('P-230', 200, 'Hillside Farm', '2026-02-09');
    assert.deepEqual(
      v.sentTo('Hillside Farm').map((w) => `${w.id} ${w.grams}`),
      ['W-001 20', 'P-230 200'],
    );
  });

  it('lists accessions due for a retest', () => {
    assert.deepEqual(vault().dueForRetest(2026), ['O-014', 'P-230']);
    assert.deepEqual(vault().dueForRetest(2040), ['O-014', 'P-230', 'W-001']);
  });
});
