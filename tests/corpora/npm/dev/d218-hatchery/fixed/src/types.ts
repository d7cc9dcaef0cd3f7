export enum Stage {
  Egg = 'egg',
  Alevin = 'alevin',
  Fry = 'fry',
  Smolt = 'smolt',
}

export interface Keeper {
  first: string;
  middle?: string;
  last: string;
}

export interface Tank {
  id: string;
  stage: Stage;
  count: number;
  avgGrams: number;
  keeper: Keeper;
}
