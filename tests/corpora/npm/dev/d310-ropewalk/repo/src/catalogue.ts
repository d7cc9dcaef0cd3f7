import type { Rope } from './rope';

const three = (fibre: 'manila' | 'polyester', yarns: number) => [
  { fibre, yarns },
  { fibre, yarns },
  { fibre, yarns },
];

export const CATALOGUE: Rope[] = [
  { name: 'mooring', lengthM: 40, strands: three('manila', 20) },
  { name: 'halyard', lengthM: '25', strands: three('polyester', 8) },
  {
    name: 'hybrid',
    lengthM: 30,
    strands: [
      { fibre: 'hemp', yarns: 10 },
      { fibre: 'polyester', yarns: 10 },
      { fibre: 'hemp', yarns: 10 },
    ],
  },
];

export function byName(name: string): Rope | undefined {
  return CATALOGUE.find((rope) => rope.name === name);
}

export function totalLength(): number {
  return CATALOGUE.reduce((sum, rope) => sum + rope.lengthM, 0);
}
