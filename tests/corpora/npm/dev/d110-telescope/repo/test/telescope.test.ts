import { describe, expect, it } from 'vitest';
import {
  byAltitude,
  type Eyepiece,
  exitPupilMm,
  limitingMagnitude,
  magnification,
  pickEyepiece,
  plan,
  type Target,
  type Telescope,
  trueFieldDeg,
  usable,
  visible,
} from '../src/index';

const DOBSONIAN: Telescope = { apertureMm: 200, focalMm: 1200 };
const REFRACTOR: Telescope = { apertureMm: 80, focalMm: 480 };

const EYEPIECES: readonly Eyepiece[] = Object.freeze([
  { label: '32mm Plossl', focalMm: 32, apparentFieldDeg: 52 },
  { label: '20mm wide', focalMm: 20, apparentFieldDeg: 68 },
  { label: '9mm', focalMm: 9, apparentFieldDeg: 60 },
  { label: '4mm', focalMm: 4, apparentFieldDeg: 58 },
]);

const CATALOGUE: readonly Target[] = Object.freeze([
  { name: 'M45 Pleiades', magnitude: 1.6, altitudeDeg: 48, idealPower: 20 },
  { name: 'Saturn', magnitude: 0.6, altitudeDeg: 31, idealPower: 250 },
  { name: 'M31 Andromeda', magnitude: 3.4, altitudeDeg: 72, idealPower: 30 },
  { name: 'M57 Ring Nebula', magnitude: 8.8, altitudeDeg: 15, idealPower: 150 },
  { name: 'NGC 7331', magnitude: 10.9, altitudeDeg: 55, idealPower: 100 },
  { name: 'M13 Hercules cluster', magnitude: 5.8, altitudeDeg: 40, idealPower: 120 },
]);

describe('optics', () => {
  it('magnifies, and shows the sky it shows', () => {
    expect(magnification(DOBSONIAN, EYEPIECES[0])).toBe(37.5);
    expect(trueFieldDeg(DOBSONIAN, EYEPIECES[1])).toBeCloseTo(1.133, 3);
    expect(exitPupilMm(REFRACTOR, EYEPIECES[0])).toBeCloseTo(5.333, 3);
  });

  it('gives the faintest magnitude an aperture reaches', () => {
    expect(limitingMagnitude(DOBSONIAN)).toBe(13.5);
    expect(limitingMagnitude(REFRACTOR)).toBe(11.5);
  });

  it('refuses powers the aperture cannot carry', () => {
    expect(usable(DOBSONIAN, EYEPIECES[3])).toBe(true);
    expect(usable(REFRACTOR, EYEPIECES[3])).toBe(true);
    expect(usable({ apertureMm: 60, focalMm: 900 }, EYEPIECES[3])).toBe(false);
  });
});

describe('session', () => {
  it('keeps what is high enough and bright enough', () => {
    expect(visible(REFRACTOR, CATALOGUE).map((t) => t.name)).toEqual(['M45 Pleiades', 'Saturn', 'M31 Andromeda', 'NGC 7331', 'M13 Hercules cluster']);
    expect(visible({ apertureMm: 50, focalMm: 400 }, CATALOGUE).map((t) => t.name)).not.toContain('NGC 7331');
  });

  it('orders targets from the highest, without touching the catalogue', () => {
    expect(byAltitude(CATALOGUE).map((t) => t.altitudeDeg)).toEqual([72, 55, 48, 40, 31, 15]);
    expect(CATALOGUE[0].name).toBe('M45 Pleiades');
  });

  it('picks the eyepiece nearest the ideal power', () => {
    expect(pickEyepiece(DOBSONIAN, EYEPIECES, CATALOGUE[1])?.label).toBe('4mm');
    expect(pickEyepiece(DOBSONIAN, EYEPIECES, CATALOGUE[0])?.label).toBe('32mm Plossl');
  });

  it('plans a night', () => {
    expect(plan(DOBSONIAN, EYEPIECES, CATALOGUE)).toEqual([
      { target: 'M31 Andromeda', eyepiece: '32mm Plossl', power: 38 },
      { target: 'NGC 7331', eyepiece: '9mm', power: 133 },
      { target: 'M45 Pleiades', eyepiece: '32mm Plossl', power: 38 },
      { target: 'M13 Hercules cluster', eyepiece: '9mm', power: 133 },
      { target: 'Saturn', eyepiece: '4mm', power: 300 },
    ]);
  });
});
