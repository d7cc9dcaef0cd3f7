import assert from 'node:assert/strict';
import { Session, fromFahrenheit, mixedTemperature } from '../src/index.js';
import type { Pool } from '../src/index.js';

const HOT: Pool = { name: 'caldarium', litres: 3000, celsius: 38 };
const COLD: Pool = { name: 'frigidarium', litres: 1000, celsius: 14 };

describe('pools', () => {
  it('mixes water by volume', () => {
    assert.equal(mixedTemperature(HOT, COLD), 32);
  });

  it('reads the boiler gauge in Celsius', () => {
    assert.equal(fromFahrenheit(104), 40);
    assert.equal(fromFahrenheit(212), 100);
  });
});

describe('sessions', () => {
  it('admits up to twelve guests', () => {
    const session = new Session('caldarium', 600);
    const admitted = Array.from({ length: 13 }, (_, i) => session.admit(`guest ${i + 1}`));
    assert.equal(admitted.filter(Boolean).length, 12);
    assert.equal(admitted[12], false);
  });

  it('ends ninety minutes after it starts', () => {
    assert.equal(new Session('tepidarium', 600).endsAt(), 690);
  });
});
