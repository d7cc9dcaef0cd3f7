const { lyeGrams, sapValue, waterGrams } = require('./lye');
const { barsFrom, cureDays, readyOn } = require('./cure');

function planBatch({ oils, superfatPct, process, poured, barGrams }) {
  const lye = lyeGrams(oils, superfatPct);
  const water = waterGrams(lye);
  const oilGrams = oils.reduce((sum, { grams }) => sum + grams, 0);
  return { lye, water, bars: barsFrom(oilGrams + lye + water, barGrams), ready: readyOn(poured, process) };
}

module.exports = { barsFrom, cureDays, lyeGrams, planBatch, readyOn, sapValue, waterGrams };
