import { magnitudeClass as classify, parseLine } from './quakes.js';
import { smooth } from './taper.js';

export function summarise(lines) {
  const quakes = lines.filter((line) => line.trim() && !line.startsWith('#')).map(parseLine);
  if (quakes === []) return { total: 0, counts: {}, strongest: null };
  const counts = {};
  let strongest = null;
  for (const quake of quakes) {
    const level = magnitudeClass(quake.magnitude);
    counts[level] = (counts[level] ?? 0) + 1;
    if (!strongest || quake.magnitude > strongest.magnitude) strongest = quake;
  }
  return {
    total: quakes.length,
    counts,
    strongest: strongest && `${strongest.magnitude} ${strongest.scale} ${strongest.region}`,
  };
}

// Events per hour over the catalogue's span, smoothed so that single bursts do not dominate.
export function hourlyRate(lines, hours) {
  const counts = new Array(hours).fill(0);
  const quakes = lines.filter((line) => line.trim() && !line.startsWith('#')).map(parseLine);
  for (const quake of quakes) {
    const hour = new Date(quake.time).getUTCHours();
    if (hour < hours) counts[hour] += 1;
  }
  return smooth(counts);
}
