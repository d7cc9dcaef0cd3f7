// Breakfast is served until half past eleven; the till writes times without a leading zero (9:05).
const BREAKFAST_UNTIL = '11:30';

const MENU = {
  'full breakfast': { pence: 1150, breakfast: true },
  'eggs royale': { pence: 950, breakfast: true },
  'cream tea': { pence: 895, breakfast: false },
  'afternoon tea': { pence: 2450, breakfast: false },
  'pot of tea': { pence: 350, breakfast: false },
};

const minutesOf = (time) => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

export function canServe(item, time) {
  const dish = MENU[item];
  if (!dish) throw new Error(`not on the menu: ${item}`);
  return !dish.breakfast || time <= BREAKFAST_UNTIL;
}

export function priceOf(item) {
  return MENU[item].pence;
}
