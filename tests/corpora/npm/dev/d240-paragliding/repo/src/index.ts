export { briefing, flyable, radioCall } from './site';
export type { Briefing, Reading, Site, Slot } from './types';
