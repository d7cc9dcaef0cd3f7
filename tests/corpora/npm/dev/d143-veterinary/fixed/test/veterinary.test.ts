import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doseMg, drug, type Patient, parseWeight, tablets, weightChange } from '../src/index';

const BRAMBLE: Patient = { name: 'Bramble', species: 'dog', weightKg: 24 };
const SOOTY: Patient = { name: 'Sooty', species: 'cat', weightKg: 4.2 };
const GREAT_DANE: Patient = { name: 'Atlas', species: 'dog', weightKg: 62 };

describe('weights', () => {
  it('reads kilograms and pounds', () => {
    assert.equal(parseWeight('12.4 kg'), 12.4);
    assert.equal(parseWeight('9 lb'), 4.1);
    assert.equal(parseWeight('30'), 30);
    assert.throws(() => parseWeight('heavy'));
  });

  it('gives the change since the first weighing', () => {
    assert.equal(weightChange([20, 21, 22.5]), 12.5);
    assert.equal(weightChange([5]), 0);
  });
});

describe('dosing', () => {
  it('doses by body weight', () => {
    assert.equal(doseMg(drug('amoxicillin'), BRAMBLE), 240);
    assert.equal(tablets(drug('amoxicillin'), SOOTY), 0.75);
  });

  it('never goes over the largest dose', () => {
    assert.equal(doseMg(drug('meloxicam'), GREAT_DANE), 4);
    assert.equal(tablets(drug('meloxicam'), GREAT_DANE), 4);
    assert.equal(doseMg(drug('meloxicam'), BRAMBLE), 2.4);
  });

  it('refuses a drug the species must not have', () => {
    assert.throws(() => doseMg(drug('amoxicillin'), { name: 'Clover', species: 'rabbit', weightKg: 2 }));
    assert.throws(() => drug('aspirin'));
  });
});
