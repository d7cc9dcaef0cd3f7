// Net prices in pounds for one sweep, by what the flue serves.
const SWEEP_PRICES = { 'open fire': 55, 'wood stove': 65, 'multi-fuel stove': 65, 'oil boiler': 47.95, range: 80 };
const BIRD_NEST_REMOVAL = 35;
const VAT_RATE = 0.2;

// Times a year the flue should be swept (HETAS guidance).
const SWEEPS_PER_YEAR = { wood: 2, coal: 2, 'smokeless fuel': 1, oil: 1, gas: 1 };

function withVat(net) {
  return Math.round(net * (1 + VAT_RATE) * 100) / 100;
}

function quote(appliance, { birdNest = false } = {}) {
  const price = SWEEP_PRICES[appliance];
  if (price === undefined) throw new Error(`no price for ${appliance}`);
  return withVat(price + (birdNest ? BIRD_NEST_REMOVAL : 0));
}

function sweepsPerYear(fuel) {
  const sweeps = SWEEPS_PER_YEAR[fuel];
  if (sweeps === undefined) throw new Error(`unknown fuel ${fuel}`);
  return sweeps;
}

module.exports = { quote, sweepsPerYear, withVat };
