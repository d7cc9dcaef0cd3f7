'use strict';

module.exports = { ...require('./rates/parcel'), ...require('./delivery') };
