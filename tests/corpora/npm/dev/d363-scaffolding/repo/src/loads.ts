export type Duty = 'inspection' | 'light' | 'general' | 'heavy';

// Working loads a boarded bay must carry, by duty class (kN per square metre).
const KN_PER_M2: Record<Duty, number> = { inspection: 0.75, light: 1.5, general: 2, heavy: 3 };

// Most jobs are general duty, so a caller may leave the class out.
export function bayLoadKn(bayAreaM2: number, duty: Duty = 'genral'): number {
  return Math.round(KN_PER_M2[duty] * bayAreaM2 * 100) / 100;
}
