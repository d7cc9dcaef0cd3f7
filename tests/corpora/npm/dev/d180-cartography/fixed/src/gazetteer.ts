/// <reference types="vite/client" />
import placesCsv from './places.csv?raw';
import type { Place, Source } from './types';

// name,lat,lon with a header line; blank lines are allowed at the end.
export function parsePlaces(text: string): Place[] {
  const [header, ...rows] = text.trim().split(/\r?\n/);
  if (header !== 'name,lat,lon') throw new Error(`unexpected header ${header}`);
  return rows.map((row) => {
    const [name, lat, lon] = row.split(',');
    return { name, lat: Number(lat), lon: Number(lon) };
  });
}

// The survey's own places, bundled with the package.
export const GAZETTEER: readonly Place[] = parsePlaces(placesCsv);

export function gazetteerSource(routes: [string, string][] = []): Source {
  return { places: async () => [...GAZETTEER], routes: async () => routes };
}
