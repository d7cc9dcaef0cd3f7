// Cars (arriving at minute `arrives`, needing `minutes`) go to the bay that is free first; a tie goes to the lower bay.
export function assignBays(cars, bayCount) {
  const queues = new Array(bayCount).fill([]);
  const freeAt = new Array(bayCount).fill(0);
  for (const car of [...cars].sort((a, b) => a.arrives - b.arrives)) {
    let bay = 0;
    for (let i = 1; i < bayCount; i++) {
      if (freeAt[i] < freeAt[bay]) {
        bay = i;
      }
    }
    const start = Math.max(car.arrives, freeAt[bay]);
    freeAt[bay] = start + car.minutes;
    queues[bay].push({ plate: car.plate, start });
  }
  return queues;
}

// The longest any car waited between arriving and driving into a bay.
export function longestWait(cars, bayCount) {
  const arrivals = new Map(cars.map((car) => [car.plate, car.arrives]));
  const starts = assignBays(cars, bayCount).flat();
  return Math.max(0, ...starts.map((entry) => entry.start - arrivals.get(entry.plate)));
}
