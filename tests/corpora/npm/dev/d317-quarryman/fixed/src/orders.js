const RATES = { sawn: 40, tooled: 65, polished: 110 };
const BULK_FROM_M2 = 20;

export function faceArea(order) {
  return order.blocks * order.lengthM * order.heightM;
}

export function price(order) {
  const m2 = faceArea(order);
  const rate = RATES[order.finish];
  const full = Math.min(m2, BULK_FROM_M2) * rate;
  const bulk = Math.max(0, m2 - BULK_FROM_M2) * rate * 0.9;
  return Math.round(full + bulk);
}

export function label(order) {
  return `Order ${order.id}: ${faceArea(order)} m2 ${order.finish}`;
}
