// A day licence is two capital letters for the lake and four digits, e.g. 'LK0042'.
const LICENCE = /^[A-z]{2}\d{4}$/;

export function isLicence(code: string): boolean {
  return LICENCE.test(code);
}

// Ice that carries a person on foot, and ice that carries a hut dragged out on runners.
export function safeFor(iceCm: number): 'closed' | 'foot' | 'hut' {
  if (iceCm >= 20) return 'hut';
  if (iceCm >= 10) return 'foot';
  return 'closed';
}
