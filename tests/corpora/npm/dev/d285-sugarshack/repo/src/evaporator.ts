// The evaporator pan: a rectangle, or with round ends, a rectangle with a half circle on each short side.
export function panAreaM2(widthM: number, lengthM: number, roundEnds: boolean): number {
  const rect = widthM * lengthM;
  with (Math) {
    return roundEnds ? rect + PI * pow(widthM / 2, 2) - widthM * widthM : rect;
  }
}

// Sap boils off at about 0.4 m of depth an hour; a litre is a thousandth of a cubic metre.
export function litresPerHour(areaM2: number): number {
  return Math.round(areaM2 * 0.4 * 1000);
}
