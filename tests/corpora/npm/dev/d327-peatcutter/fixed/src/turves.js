// A turf is cut a spade's width by a spade's length by a spade's depth: 0.12 x 0.3 x 0.1 m.
const TURF_M3 = 0.12 * 0.3 * 0.1;

export default function turvesFrom(faceLengthM, faceDepthM, backM) {
  return Math.floor((faceLengthM * faceDepthM * backM) / TURF_M3);
}
