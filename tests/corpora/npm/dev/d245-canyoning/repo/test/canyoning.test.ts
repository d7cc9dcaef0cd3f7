import { describe, expect, it } from 'vitest';
import { Descent, GuidedDescent, kitList } from '../src/index';

describe('descents', () => {
  it('read the topo and size the rope from the longest abseil', () => {
    const descent = Descent.fromTopo('Gorgas Negras', '12/30/8');
    expect(descent.abseilsM).toEqual([12, 30, 8]);
    expect(descent.ropeM).toBe(62);
  });

  it('list the kit for a party', () => {
    expect(kitList(new Descent('Ordesa', [18, 22]), 5)).toBe('Ordesa: 5 harnesses, 46 m of rope');
  });
});

describe('guided descents', () => {
  it('take at most six clients', () => {
    const trip = new GuidedDescent('Sorrosal', [25, 12]);
    trip.guide = 'Marta';
    for (const client of ['Ana', 'Ben', 'Cai', 'Dev', 'Eli', 'Fay']) trip.book(client);
    expect(trip.ropeM).toBe(52);
    expect(() => trip.book('Gus')).toThrow('Marta has a full group');
  });
});
