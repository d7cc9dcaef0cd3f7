// In sea water every 10 m of depth adds about one bar to the one bar of air above the surface.
export function pressureBar(depthM: number): number {
  if (depthM < 0) throw new RangeError(`depth below zero: ${depthM}`);
  return depthM / 10;
}
