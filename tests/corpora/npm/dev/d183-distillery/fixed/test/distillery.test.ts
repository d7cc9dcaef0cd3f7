import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { abvToUSProof, cutAt, cutsFor, DEFAULT_CUTS, litresOfAlcohol, proofToABV, Warehouse, waterToReduce } from '../src';

describe('proof', () => {
  it('converts between strength and proof', () => {
    assert.equal(abvToUSProof(46), 92);
    assert.equal(proofToABV(100), 50);
    assert.equal(proofToABV(175, 'UK'), 100);
  });

  it('measures the alcohol and the water to reduce it', () => {
    assert.equal(litresOfAlcohol(200, 63.5), 127);
    assert.equal(waterToReduce(100, 63.5, 46), 38);
    assert.throws(() => waterToReduce(100, 40, 46), /higher strength/);
  });
});

describe('still', () => {
  it('collects the cuts in the order they run', () => {
    assert.deepEqual(cutsFor(true), ['foreshots', 'heads', 'hearts', 'tails']);
    assert.deepEqual(cutsFor(false), ['heads', 'hearts', 'tails']);
    assert.deepEqual([...DEFAULT_CUTS], ['heads', 'hearts', 'tails']);
  });

  it('keeps the hearts between the two strengths', () => {
    const hearts = { from: 75, to: 62 };
    assert.equal(cutAt(78, hearts), 'heads');
    assert.equal(cutAt(70, hearts), 'hearts');
    assert.equal(cutAt(62, hearts), 'hearts');
    assert.equal(cutAt(58, hearts), 'tails');
  });
});

describe('warehouse', () => {
  it('fills casks by proof and draws from them', () => {
    const bond = new Warehouse();
    assert.equal(bond.fill('B-101', 'bourbon', 200, 127).abv, 63.5);
    bond.draw('B-101', 50);
    assert.equal(bond.alcoholInBond(), 95.25);
    assert.throws(() => bond.draw('B-101', 151), /holds only 150 l/);
  });

  it('sends every emptied cask back to the cooperage', () => {
    const bond = new Warehouse();
    bond.fill('S-1', 'sherry', 250, 120);
    bond.fill('S-2', 'sherry', 250, 120);
    bond.fill('V-1', 'virgin oak', 100, 124);
    bond.fill('B-7', 'bourbon', 200, 126);
    bond.draw('S-1', 250);
    bond.draw('S-2', 250);
    bond.draw('B-7', 200);
    assert.deepEqual(bond.removeEmpty(), ['S-1', 'S-2', 'B-7']);
    assert.deepEqual(bond.casks.map((c) => c.id), ['V-1']);
  });
});
