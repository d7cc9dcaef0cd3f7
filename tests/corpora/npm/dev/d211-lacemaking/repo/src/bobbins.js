export class Thread {
  constructor(name, metresPerReel) {
    this.name = name;
    this.metresPerReel = metresPerReel;
  }
}

// Each pair is two bobbins, and each bobbin takes the length of the lace plus a metre for tying on.
export function threadNeeded(pattern, thread, laceMetres) {
  if (!(thread instanceof Thread)) throw 'a pattern is wound with a Thread';
  const metres = pattern.pairs * 2 * (laceMetres + 1);
  const label = `${thread.name ?? 'unnamed thread'} on ${thread.metresPerReel} m reels`;
  return { thread: label, metres, reels: Math.ceil(metres / thread.metresPerReel) };
}
