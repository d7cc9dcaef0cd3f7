import { formatDms, greatCircleKm, initialBearing } from './geodesy';
import type { Leg, Place, Sheet, Source } from './types';

const label = (place: Place): string => `${place.name} ${formatDms(place.lat, 'lat')} ${formatDms(place.lon, 'lon')}`;

// Reads the places and the routes together, then lays out the sheet's labels and its legs.
export async function buildSheet(source: Source): Promise<Sheet> {
  const [places, routes] = await Promise.all(source.places(), source.routes());
  const byName = new Map(places.map((place) => [place.name, place]));
  const legs = routes.map(([from, to]): Leg => {
    const a = byName.get(from);
    const b = byName.get(to);
    if (!a || !b) throw new Error(`route ${from}-${to} names a place not on the sheet`);
    return { from, to, km: Math.round(greatCircleKm(a, b)), bearing: Math.round(initialBearing(a, b)) };
  });
  return { labels: places.map(label), legs };
}
