const { HutRow } = require('./huts');
const { normalise, bookAll } = require('./bookings');
const { seasonOf, weeklyRent } = require('./tariff');

module.exports = { HutRow, normalise, bookAll, seasonOf, weeklyRent };
