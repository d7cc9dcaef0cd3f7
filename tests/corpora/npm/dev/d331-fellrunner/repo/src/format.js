function clock(minutes) {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export function pace(km, minutes) {
  return `${(minutes / km).toFixed(1)} min/km`;
}
