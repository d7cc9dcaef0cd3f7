export type Fibre = 'manila' | 'hemp' | 'sisal' | 'polyester';

export interface Strand {
  fibre: Fibre;
  yarns: number;
}

const KG_PER_YARN: Record<Fibre, number> = { manila: 38, hemp: 32, sisal: 25, polyester: 61 };

export function strandStrength(strand: Strand): number {
  return strand.yarns * KG_PER_YARN[strand.fibre];
}

export function isNatural(strand: Strand): boolean {
  return strand.fibre !== 'polyester';
}
