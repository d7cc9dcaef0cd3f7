export interface Thread {
  colour: string;
  // Linen thread weight, in metres per gram; skeins without a label are the usual 60.
  metresPerGram?: number;
}

export function skeinLabel(thread: Thread): string {
  const weight = thread.metresPerGram;
  const grams = (100 / weight).toFixed(2);
  return `${thread.colour} ${weight.toFixed(0)} m/g (${grams} g per 100 m)`;
}
