// The geohash alphabet: base 32 without 'a', 'i', 'l' and 'o'.
export const BASE32 = '0123456789bcdefghjkmnpqrstuvwxyz';

export function charIndex(ch: string): number {
  const index = BASE32.indexOf(ch);
  if (index === -1) {
    throw new SyntaxError(`'${ch}' is not a geohash character`);
  }
  return index;
}
