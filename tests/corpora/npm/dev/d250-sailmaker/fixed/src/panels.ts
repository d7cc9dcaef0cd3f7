import type { Panel, SailOrder } from './types';

const LOFT = 'SM';
// The loft's own cloth is coded LOFT-GNN, grade G (1 to 3) and roll NN; cloth bought in costs more.
const PENCE_PER_M2: Record<number, number> = { 1: 1800, 2: 2400, 3: 3100 };
const BOUGHT_IN_PENCE_PER_M2 = 3500;

export function triangleArea(order: SailOrder): number {
  const luff = Number(order.luff);
  const foot = Number(order.foot);
  return Math.round(((luff * foot) / 2) * 10) / 10;
}

export function panelArea(panels: Panel[]): number {
  return panels.map((panel) => panel.areaM2).reduce((sum, area) => sum + area, 0);
}

function clothPence(cloth: string): number {
  const match = new RegExp(`^${LOFT}-(\\d)(\\d{2})$`).exec(cloth);
  return PENCE_PER_M2[Number(match?.[1])] ?? BOUGHT_IN_PENCE_PER_M2;
}

// The cloth is charged for the larger of the sail's triangle and the panels cut for it.
export function quotePence(order: SailOrder): number {
  const area = Math.max(triangleArea(order), panelArea(order.panels));
  return Math.round(area * clothPence(order.cloth));
}
