export interface GerminationTest {
  date: string;
  sown: number;
  germinated: number;
}

export interface Accession {
  readonly id: string;
  readonly species: string;
  readonly collectedYear: number;
  readonly grams: number;
  readonly tests: readonly GerminationTest[];
}

export interface Withdrawal {
  id: string;
  date: string;
  grams: number;
  to: string;
}
