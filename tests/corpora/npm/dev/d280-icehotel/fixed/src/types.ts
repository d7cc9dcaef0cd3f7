export type Suite = 'standard' | 'aurora' | 'igloo';

export interface Stay {
  guest: string;
  nights: number;
  suite?: Suite;
}
