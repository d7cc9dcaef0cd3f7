export function festivalNights(firstDay, lastDay) {
  // the lanterns are lit on the first and on the last evening alike
  return lastDay - firstDay + 1;
}

export function brightestStop(stops) {
  let best = null;
  for (const stop of stops) {
    if (!best || stop.lanterns > best.lanterns) best = stop;
  }
  return best;
}
