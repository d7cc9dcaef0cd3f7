import assert from 'node:assert/strict';
import { Cellar } from '../src/cellar.js';
import { shelfLabel } from '../src/styles.js';

const BRIE = { name: 'Brie de Pays', style: 'bloomy', made: '2026-03-02', kg: 2.8 };
const TALEGGIO = { name: 'Taleggio', style: 'washed', made: '2026-02-20', kg: 2.1 };
const CHEDDAR = { name: 'Clothbound', style: 'hard', made: '2025-07-01', kg: 24.5 };
const CURD = { name: 'Curd', style: 'fresh', made: '2026-03-28', kg: 0.5 };

describe('cellar', () => {
  it('sells the wheels that have ripened by the day', () => {
    const cellar = new Cellar().add(BRIE).add(TALEGGIO).add(CHEDDAR).add(CURD);
    assert.deepEqual(cellar.sellable('2026-03-30'), { names: ['Brie de Pays', 'Clothbound'], kg: 27.3 });
    assert.deepEqual(cellar.sellable('2026-04-03').kg, 29.9);
    assert.deepEqual(cellar.sellable('2025-12-01'), { names: [], kg: 0 });
  });

  it('refuses a wheel without a making date', () => {
    assert.throws(() => new Cellar().add({ ...CURD, made: 'yesterday' }), /not a date: yesterday/);
  });

  it('turns the wheels every few days while they ripen', () => {
    const cellar = new Cellar().add(BRIE).add(CURD);
    const turned = [];
    cellar.on('turned', (name) => turned.push(name));
    cellar.turn('2026-03-10');
    cellar.turn('2026-03-30');
    cellar.turn('2026-03-31', 3);
    assert.deepEqual(turned, ['Brie de Pays']);
  });

  it('labels the counter', () => {
    assert.equal(shelfLabel(CHEDDAR), 'Clothbound (aged 8 months)');
    assert.equal(shelfLabel(CURD), 'Curd (eat within a week)');
    assert.equal(shelfLabel(BRIE), 'Brie de Pays');
  });
});
