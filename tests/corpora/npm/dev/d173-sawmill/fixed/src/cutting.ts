// Every cut turns a kerf's width of wood into sawdust: 1/8 inch for the band saw.
export const KERF_IN = 0.125;

// How many boards of one thickness a cant of a given height yields. A cut goes between two boards, so n boards
// need n - 1 kerfs: n * t + (n - 1) * k <= height.
export function boardsFromCant(heightIn: number, thicknessIn: number, kerfIn = KERF_IN): number {
  return Math.floor((heightIn + kerfIn) / (thicknessIn + kerfIn));
}

export function sawdustIn(boards: number, kerfIn = KERF_IN): number {
  return Math.max(0, boards - 1) * kerfIn;
}
