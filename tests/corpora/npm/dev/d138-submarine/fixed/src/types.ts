export interface Leg {
  depthM: number;
  knots: number;
  hours: number;
}

export interface PlanCheck {
  ok: boolean;
  maxBar: number;
  reserveKwh: number;
}
