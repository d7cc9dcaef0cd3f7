export { canLift, parseManifest, payloadKg, type Passenger } from './manifest';
export { clock, slots, type Slot } from './slots';
