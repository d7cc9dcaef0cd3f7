export * from './slots';
export * from './bookings';
export type { Pitch, Slot } from './types';
