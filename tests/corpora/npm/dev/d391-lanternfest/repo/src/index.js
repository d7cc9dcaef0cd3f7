import lanterns, { burnHours, lightsFor } from './lanterns.js';
const { BURN_MINUTES } = lanterns;
import { brightestStop, festivalNights } from './route.js';

export { BURN_MINUTES, brightestStop, burnHours, festivalNights, lightsFor };

export function festivalOrder(stock, hoursPerNight, firstDay, lastDay) {
  const nights = festivalNights(firstDay, lastDay);
  return lightsFor(stock, hoursPerNight, nights);
}
