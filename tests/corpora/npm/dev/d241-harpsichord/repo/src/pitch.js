// Harpsichords are tuned to older pitches than a piano: A may be 392, 415 or 440 Hz.
export function parsePitch(text) {
  // '415.3 Hz' or '440 Hz': the number before the unit, and how many decimals it was written with.
  const number = text.trim().split(' ')[0];
  const dot = number.search('.');
  return { hz: Number(number), decimals: dot === -1 ? 0 : number.length - dot - 1 };
}

// Moving a whole instrument by semitones, rounded to the decimals the pitch was given with.
export function transpose(text, semitones) {
  const { hz, decimals } = parsePitch(text);
  return `${(hz * 2 ** (semitones / 12)).toFixed(decimals)} Hz`;
}
