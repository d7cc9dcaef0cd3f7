const parcel = require('./parcel');
const zones = require('./zones');
const quote = require('./quote');

module.exports = { ...parcel, ...zones, ...quote };
