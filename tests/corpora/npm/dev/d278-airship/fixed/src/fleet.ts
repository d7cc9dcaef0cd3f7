import { register, type Airship } from './ships.js';

export const FLEET: Airship[] = [
  register('Airlander', {
    volumeM3: 38_000,
    envelope: 'semi-rigid',
  }),
  register('Skylark', {
    volumeM3: 12_000,
    envelope: 'rigid',
  }),
];
