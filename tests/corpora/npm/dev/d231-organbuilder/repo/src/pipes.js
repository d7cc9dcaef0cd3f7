// An open pipe sounding 8-foot C is about 8 feet long; the other pitches scale from it.
export const totalLength = () => [...arguments].reduce((sum, length) => sum + length, 0);

export function pipeCount(stops, keys = 56) {
  return stops.length * keys;
}
