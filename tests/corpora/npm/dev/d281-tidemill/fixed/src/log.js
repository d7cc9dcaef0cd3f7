// The mill's tide log: entries of { at: an ISO time, heightM }.
export function tidesSince(log, since) {
  return log.filter((entry) => new Date(entry.at) >= since);
}

export function highest(log) {
  return log.reduce((best, entry) => (entry.heightM > best.heightM ? entry : best));
}
