export type Size = 'small' | 'medium' | 'large';

export interface Dog {
  name: string;
  weightKg: number;
  vaccinatedUntil: string; // 'YYYY-MM-DD'
}

export interface Stay {
  dog: Dog;
  arrive: string; // 'YYYY-MM-DD'
  leave: string;
}
