// A pricking is the card pattern the pins go through: how many pins fit across a strip of lace.
export default function pinsPerRow(widthCm: number, pinsPerCm: number): number {
  return Math.floor(widthCm * pinsPerCm) + 1;
}
