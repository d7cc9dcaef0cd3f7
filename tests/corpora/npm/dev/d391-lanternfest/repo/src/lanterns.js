// How long one light lasts in each kind of lantern, in minutes.
export const BURN_MINUTES = { tealight: 240, candle: 480, oil: 720 };

export function burnHours(kind) {
  return BURN_MINUTES[kind] / 60;
}

// stock is the festival's order form: { tealight: 40, candle: 12 } lanterns of each kind.
export function lightsFor(stock, hoursPerNight, nights) {
  return stock.map(([kind, count]) => ({
    kind,
    lights: count * Math.ceil(hoursPerNight / burnHours(kind)) * nights,
  }));
}
