const { chargeableWeight, lengthAndGirth, parseParcel } = require('./parcel');
const { isRemote, zoneOf } = require('./zones');

// Price of the first kilo and of every further half kilo, in pence.
const RATES = {
  domestic: { first: 450, step: 60 },
  europe: { first: 1150, step: 210 },
  world: { first: 1790, step: 380 },
};
const MAX_LENGTH_AND_GIRTH = 300;
const OVERSIZE = 1500;
const REMOTE = 800;

function surcharges(parcel, destination) {
  const extra = [];
  if (lengthAndGirth(parcel) > MAX_LENGTH_AND_GIRTH) {
    extra.push(['oversize', OVERSIZE]);
  }
  if (isRemote(destination.country, destination.postcode || '')) {
    extra.push(['remote area', REMOTE]);
  }
  return extra;
}

function quote(parcelText, destination) {
  const parcel = parseParcel(parcelText);
  const zone = zoneOf(destination.country);
  const weight = chargeableWeight(parcel);
  const steps = Math.max(0, (weight - 1) * 2);
  const lines = [[`${zone} ${weight} kg`, RATES[zone].first + steps * RATES[zone].step], ...surcharges(parcel, destination)];
  return { lines, total: lines.reduce((sum, [, pence]) => sum + pence, 0) };
}

function formatPence(pence) {
  switch (Math.sign(pence)) {
    case 0:
      return 'free';
    case -1:
      return `-£${(-pence / 100).toFixed(2)}`;
    default:
      return `£${(pence / 100).toFixed(2)}`;
  }
}

module.exports = { quote, surcharges, formatPence, RATES };
