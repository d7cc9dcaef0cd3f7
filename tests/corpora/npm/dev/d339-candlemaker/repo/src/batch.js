const { pourTemperature, waxGrams } = require('./wax');

const DENSITY = { paraffin: 0.9, soy: 0.86, beeswax: 0.96 };

function fragranceGrams(waxG, loadPercent) {
  return Math.round((waxG * loadPercent) / 100);
}

function planBatch(order) {
  const jars = order.jars.find((jar) => jar.wax === order.wax);
  const waxG = jars.reduce((sum, jar) => sum + waxGrams(jar.ml, DENSITY[order.wax]), 0);
  return {
    jars: jars.map((jar) => jar.id),
    waxG,
    fragranceG: fragranceGrams(waxG, order.fragrancePercent),
    pourAt: pourTemperature(order.wax),
  };
}

module.exports = { fragranceGrams, planBatch };
