import { describe, expect, it } from 'vitest';
import { CordlessHandpiece, Handpiece, Shed } from '../src';

function day(): Shed {
  const shed = new Shed('Pen y Bryn');
  shed.record({ run: 1, counts: { Bethan: 104, Aled: 92 } });
  shed.record({ run: 2, counts: { Aled: 88, Bethan: 97, Cai: 41 } });
  return shed;
}

describe('handpieces', () => {
  it('describes its comb', () => {
    expect(new Handpiece('Heiniger', 13).describe()).toBe('Heiniger, 13-tooth comb');
  });

  it('counts the sheep one charge shears', () => {
    const cordless = new CordlessHandpiece('Lister', 13, 100);
    expect(cordless.sheepPerCharge()).toBe(66);
    expect(cordless.describe()).toBe('Lister, 13-tooth comb');
  });
});

describe('the shed', () => {
  it('adds up the runs', () => {
    expect(day().total()).toBe(422);
    expect(day().runs).toBe(2);
  });

  it('names the gun', () => {
    expect(day().gun()).toBe('Bethan');
  });

  it('lists the shearers by name', () => {
    expect(day().shearers()).toEqual(['Aled', 'Bethan', 'Cai']);
  });
});
