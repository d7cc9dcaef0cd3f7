const ZONE_OF = {
  GB: 'domestic',
  IE: 'europe',
  FR: 'europe',
  DE: 'europe',
  NL: 'europe',
  BE: 'europe',
  ES: 'europe',
  IT: 'europe',
  PT: 'europe',
  SE: 'europe',
  FR: 'europe',
  US: 'world',
  CA: 'world',
  AU: 'world',
  JP: 'world',
};

// Scottish islands and highlands: a surcharge for deliveries there.
const REMOTE_AREAS = ['HS', 'ZE', 'KW', 'IV', 'PA'];

function zoneOf(country) {
  const zone = ZONE_OF[country.toUpperCase()];
  if (!zone) {
    throw new RangeError(`no service to ${country}`);
  }
  return zone;
}

function isRemote(country, postcode) {
  const area = /^[A-Z]+/.exec(postcode.toUpperCase().replace(/\s+/g, ''));
  return country.toUpperCase() === 'GB' && area !== null && REMOTE_AREAS.includes(area[0]);
}

module.exports = { zoneOf, isRemote };
