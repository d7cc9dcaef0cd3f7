// How long each style of cheese ripens before it can be sold, and how it is labelled on the counter.
export const RIPENING_DAYS = {
  fresh: 3,
  bloomy: 28,
  washed: 42,
  hard: 240,
};

export function ripeningDays(style) {
  const days = RIPENING_DAYS[style];
  if (days === undefined) {
    throw new Error(`unknown style: ${style}`);
  }
  return days;
}

export function shelfLabel(wheel) {
  switch (wheel.style) {
    case 'hard': {
      const months = Math.round(ripeningDays('hard') / 30);
      return `${wheel.name} (aged ${months} months)`;
    }
    case 'fresh':
      return `${wheel.name} (eat within a week)`;
    default:
      return wheel.name;
  }
}
