// Paces of a marathon, shown as minutes and seconds per kilometre.
export function formatPace(secondsPerKm) {
  const whole = Math.round(secondsPerKm);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

// splits: [{ km, seconds }], the time taken to reach each timing point from the start.
export function splitPaces(splits) {
  let previous = { km: 0, seconds: 0 };
  return splits.map((split) => {
    const pace = formatPace((split.seconds - previous.seconds) / (split.km - previous.km));
    previous = split;
    return { km: split.km, pace };
  });
}

export function evenSplit(splits) {
  const paces = new Set(splitPaces(splits).map((split) => split.pace));
  return paces.size === 1;
}
