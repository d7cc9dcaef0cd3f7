import { RIVERS } from './rivers.json' with { type: 'json' };

export function legHours(leg) {
  const { currentKmh } = RIVERS[leg.river];
  const speed = leg.upstream ? leg.paddleKmh + currentKmh : leg.paddleKmh - currentKmh;
  return leg.km / speed;
}

export function tripHours(legs) {
  return legs.reduce((sum, leg) => sum + legHours(leg), 0);
}

export function checkGauge(river, readGauge) {
  return new Promise((resolve, reject) => {
    readGauge(river, (err, metres) => {
      if (err) {
        reject(err);
      } else if (metres > RIVERS[river].maxGaugeM) {
        reject(`${river} is too high: ${metres} m`);
      } else {
        resolve(metres);
      }
    });
  });
}
