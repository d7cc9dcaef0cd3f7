const { runByName } = require('./runs');

// The gates read process.hrtime.bigint() as a toboggan passes: nanoseconds, as a BigInt.
function descent(rider, runName, startNs, finishNs) {
  const run = runByName(runName);
  const ms = Number((finishNs - startNs) / 1_000_000n);
  const kmh = Math.round((run.lengthM / (ms / 1000)) * 3.6 * 10) / 10;
  return { rider, run: run.name, ms, kmh, startNs };
}

// The timing hut keeps a card of every descent as JSON, the gate's reading written out in full.
function recordCard(result) {
  return JSON.stringify(result, (key, value) => (typeof value === 'bigint' ? value.toString() : value));
}

class Leaderboard {
  // rider -> fastest descent in ms, or null for a rider who has not finished one yet
  #best = new Map();

  add(result) {
    const best = this.#best.get(result.rider) ?? null;
    if (result.ms === null) {
      if (!this.#best.has(result.rider)) this.#best.set(result.rider, null);
    } else if (best === null || result.ms < best) {
      this.#best.set(result.rider, result.ms);
    }
  }

  summary() {
    const times = [...this.#best.values()].filter((ms) => ms !== null);
    return { riders: this.#best.size, finished: times.length, fastestMs: Math.min(...times), slowestMs: Math.max(...times) };
  }
}

module.exports = { Leaderboard, descent, recordCard };
