export type Treatment = 'check-up' | 'hygiene' | 'filling' | 'crown';

export interface Visit {
  patient: string;
  date: string; // YYYY-MM-DD
  treatment: Treatment;
}

export interface Plan {
  name: string;
  covers: Treatment[];
  share: number; // the part of the fee the plan pays, 0..1
}
