import { tilesFor, courses, tilesPerCourse } from './roof.js';
import { parseBatch, claysOf, lastFiring } from './batch.js';
import { kilnLoads } from './kiln.js';

export function orderSheet(job) {
  const tiles = job.slopes.reduce((sum, slope) => sum + tilesFor(slope), 0);
  return { job: job.name, tiles, loads: kilnLoads(tiles).length, clays: claysOf(job.batches), lastFiring: lastFiring(job.batches) };
}

export { tilesFor, courses, tilesPerCourse, parseBatch, claysOf, lastFiring, kilnLoads };
