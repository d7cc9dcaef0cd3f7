// The tip a table leaves for the service it had, in percent of the bill.
function rateFor(service) {
  switch (service) {
    case 'poor':
      return 10;
    case 'ok':
      return 15;
    case 'good':
      return 18;
    case 'great':
      return 22;
    default:
      throw new RangeError(`no tip rate for '${service}' service`);
  }
}

function tipCents(baseCents, percent) {
  if (!(percent >= 0)) {
    throw new RangeError(`not a tip rate: ${percent}`);
  }
  return Math.round((baseCents * percent) / 100);
}

module.exports = { rateFor, tipCents };
