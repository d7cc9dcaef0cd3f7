// A catalogue line: time, magnitude, magnitude scale, depth in km, region.
// '2024-03-08T04:12:55Z 4.7 ML 12.5 Kanto'
const LINE = /^(\S+)\s+(\d+(?:\.\d+)?)\s+(\S+)\s+(\d+(?:\.\d+)?)\s+(.+)$/;
// The scales this catalogue takes: local (ML), moment (Mw) and body-wave (mb) magnitudes.
const SCALES = /^ML|Mw|mb$/;

export function parseLine(line) {
  const match = LINE.exec(line.trim());
  if (!match) throw new Error(`not a catalogue line: ${line}`);
  const [, time, magnitude, scale, depth, region] = match;
  if (!SCALES.test(scale)) throw new Error(`unknown magnitude scale: ${scale}`);
  return { time, magnitude: Number(magnitude), scale, depthKm: Number(depth), region };
}

export function magnitudeClass(magnitude) {
  if (magnitude >= 7) return 'major';
  if (magnitude >= 6) return 'strong';
  if (magnitude >= 5) return 'moderate';
  if (magnitude >= 4) return 'light';
  return 'minor';
}
