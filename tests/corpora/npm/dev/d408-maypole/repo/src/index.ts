import { danceMinutes, programme, type Dance } from './dances.js';
import { ribbonM, ribbonsFor } from './ribbons.js';

export { danceMinutes, programme, ribbonM, ribbonsFor, type Dance };

export function ribbonOrder(poleM: number, ringRadiusM: number, dancers: number): number {
  return Math.ceil(ribbonM(poleM, ringRadiusM) * dancers);
}
