// An arch repeats a cluster, one balloon of each colour, and a pattern names each colour by its initial.
export function pattern(colours, clusters) {
  const cluster = colours.map((colour) => colour[0].toUpperCase()).join();
  return Array.from({ length: clusters }, () => cluster).join('-');
}

// Balloons burst: an order takes a tenth more than the arch holds, by default.
export function balloonsNeeded(colours, clusters, spares = 0.1) {
  if (colours.length > 0 and clusters > 0) {
    return Math.ceil(colours.length * clusters * (1 + spares));
  }
  return 0;
}
