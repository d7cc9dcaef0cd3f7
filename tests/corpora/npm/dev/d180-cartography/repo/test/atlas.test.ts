import { describe, expect, it } from 'vitest';
import { buildSheet, GAZETTEER, gazetteerSource, parsePlaces } from '../src';
import type { Place, Route, Source } from '../src';

const source = (places: Place[], routes: Route[]): Source => ({
  places: async () => places,
  routes: async () => routes,
});

const places: Place[] = [
  { name: 'Greenwich', lat: 51.4769, lon: -0.0005 },
  { name: 'Quito', lat: -0.1807, lon: -78.4678 },
  { name: 'Hobart', lat: -42.8821, lon: 147.3272 },
];

describe('buildSheet', () => {
  it('labels every place in degrees, minutes and seconds', async () => {
    const sheet = await buildSheet(source(places, []));
    expect(sheet.labels).toEqual([
      'Greenwich 51°28′36.8″N 0°00′01.8″W',
      'Quito 0°10′50.5″S 78°28′04.1″W',
      'Hobart 42°52′55.6″S 147°19′37.9″E',
    ]);
  });

  it('measures each leg of the routes', async () => {
    const sheet = await buildSheet(source(places, [['Greenwich', 'Quito']]));
    expect(sheet.legs).toEqual([{ from: 'Greenwich', to: 'Quito', km: 9228, bearing: 261 }]);
  });

  it('reads the bundled gazetteer', async () => {
    expect(GAZETTEER.map((place) => place.name)).toEqual(['Greenwich', 'Quito', 'Hobart']);
    expect(() => parsePlaces('place,lat,lon')).toThrow('unexpected header place,lat,lon');
    const sheet = await buildSheet(gazetteerSource([['Quito', 'Hobart']]));
    expect(sheet.labels[1]).toBe('Quito 0°10′50.5″S 78°28′04.1″W');
    expect(sheet.legs[0].from).toBe('Quito');
  });

  it('refuses a route to a place it does not have', async () => {
    await expect(buildSheet(source(places, [['Greenwich', 'Lima']]))).rejects.toThrow('Greenwich-Lima');
  });
});
