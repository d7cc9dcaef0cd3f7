// What a healthy cow of each breed gives in a day, in litres.
const BREED_YIELD = new Map([
  ['Holstein', 31],
  ['Jersey', 22],
  ['Ayrshire', 25],
]);

function expectedLitres(breeds) {
  return breeds.map((breed) => BREED_YIELD.get(breed)).reduce((sum, litres) => sum + (litres ?? 0), 0);
}

// The day's milk by cow, and the herd's total.
function dayTotals(readings) {
  const byCow = new Map();
  for (const { cow, litres } of readings) byCow.set(cow, (byCow.get(cow) ?? 0) + litres);
  const total = [...byCow.values()].reduce((sum, litres) => sum + litres, 0);
  return { byCow: Object.fromEntries(byCow), total: Math.round(total * 10) / 10 };
}

module.exports = { dayTotals, expectedLitres };
