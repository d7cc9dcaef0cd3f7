const KETTLE_FROM_EDGE_MM = 12;
const TAPE_SPACING_MM = 50;

// Sewing stations along the spine: a kettle stitch near each end and tapes spaced evenly between them.
function stationsFor(spineHeightMm) {
  if (spineHeightMm <= 2 * KETTLE_FROM_EDGE_MM) throw new Error('spine too short to sew');
  const inner = spineHeightMm - 2 * KETTLE_FROM_EDGE_MM;
  const gaps = Math.max(1, Math.round(inner / TAPE_SPACING_MM));
  return Array.from({ length: gaps + 1 }, (_, i) => Math.round(KETTLE_FROM_EDGE_MM + (inner * i) / gaps));
}

// Thread for all-along sewing: one spine length per signature, plus a spine length to tie off at each end.
function threadLength(signatureCount, spineHeightMm) {
  return (signatureCount + 2) * spineHeightMm;
}

export { stationsFor, threadLength };
