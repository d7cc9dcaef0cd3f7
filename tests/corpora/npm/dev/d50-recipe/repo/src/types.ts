export type Unit = 'tsp' | 'tbsp' | 'cup' | 'ml' | 'l' | 'g' | 'kg' | 'oz' | 'lb' | 'piece';

export interface Ingredient {
  name: string;
  amount: number;
  unit: Unit;
}

export interface Recipe {
  title: string;
  servings: number;
  ingredients: Ingredient[];
}
