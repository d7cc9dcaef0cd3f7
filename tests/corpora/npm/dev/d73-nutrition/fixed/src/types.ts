// Grams per 100 g of food (energy is worked out from these).
export interface Nutrients {
  fat: number;
  carbs: number;
  sugars: number;
  protein: number;
  salt: number;
}

export interface Ingredient {
  name: string;
  grams: number;
  per100: Nutrients;
}

export type Light = 'green' | 'amber' | 'red';
