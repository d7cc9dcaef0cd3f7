import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The shows this app knows, from the JSON file that ships next to this module.
export function loadShows(file = 'shows.json') {
  const text = readFileSync(join(import.meta.dirname, file), 'utf8');
  return JSON.parse(text);
}

export function showBySlug(shows, slug) {
  const show = shows.find((candidate) => candidate.slug === slug);
  if (!show) {
    throw new Error(`no show called ${slug}`);
  }
  return show;
}
