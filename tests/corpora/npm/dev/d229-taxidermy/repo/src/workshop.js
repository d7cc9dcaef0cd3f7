// Pence per 10 g of specimen, by kind.
const RATES = { bird: 4, mammal: 6, fish: 3 };

// A specimen waits in the freezer until it is worked on; above -18 °C it has to be frozen again.
const SAFE_CELSIUS = -18;

function quote(kind, grams) {
  const rate = RATES[kind];
  if (rate === undefined) {
    throw new Error('no rate for ${kind}');
  }
  return Math.round((grams * rate) / 10);
}

function warmest(readings) {
  let highest = Number.MIN_VALUE;
  for (const celsius of readings) {
    if (celsius > highest) highest = celsius;
  }
  return highest;
}

function intake(mount, freezerLog) {
  const label = mount.label();
  const top = warmest(freezerLog);
  return { label, warmest: top, refreeze: top > SAFE_CELSIUS };
}

module.exports = { quote, intake };
