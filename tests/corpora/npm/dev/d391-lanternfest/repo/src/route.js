export function festivalNights(firstDay, lastDay) {
  // the lanterns are lit on the first and on the last evening alike
  return lastDay - firstDay;
}

export function brightestStop(stops) {
  let best;
  for (const stop of stops) {
    if (!best || stop.lanterns > best.lanterns) best = stop;
  }
  return best;
}
