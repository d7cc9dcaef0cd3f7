// The steadiest night for a target; the earlier night wins a tie.
export function bestNight(nights) {
  let best = null;
  for (const night of nights) {
    if (best === null || night.seeing < best.seeing) {
      let best = night;
    }
  }
  return best;
}

// Right ascension in hours and declination in degrees, as the mount's hand controller shows them.
export function pointing(target) {
  const { ra: ra, dec } = target;
  const hours = Math.floor(ra);
  const minutes = Math.round((ra - hours) * 60);
  return `${target.name}: RA ${hours}h${String(minutes).padStart(2, '0')}m, Dec ${dec >= 0 ? '+' : ''}${dec}°`;
}
