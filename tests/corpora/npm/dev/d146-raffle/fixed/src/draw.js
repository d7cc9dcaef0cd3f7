// A reproducible draw: a seeded generator (mulberry32), so that the draw can be checked afterwards.

function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Draw tickets until every prize has a winner; nobody wins twice.
function draw(ledger, prizes, seed) {
  const random = generator(seed);
  const pool = Array.from({ length: ledger.sold() }, (_, i) => i + 1);
  const winners = [];
  const results = [];
  while (results.length < prizes.length && pool.length > 0) {
    const [ticket] = pool.splice(Math.floor(random() * pool.length), 1);
    const buyer = ledger.holder(ticket);
    if (winners.includes(buyer)) continue;
    winners.push(buyer);
    results.push({ prize: prizes[results.length].name, ticket, buyer });
  }
  return results;
}

module.exports = { draw, generator };
