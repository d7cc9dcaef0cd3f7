export type Kind = 'skis' | 'boots' | 'poles' | 'helmet';
export type Level = 'beginner' | 'intermediate' | 'advanced';

export interface Rental {
  from: string;
  to: string;
  age: number;
  items: Kind[];
}

export interface Quote {
  days: number;
  pence: number;
}
