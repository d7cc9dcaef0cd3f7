'use strict';

module.exports = { ...require('./timing'), ...require('./seating'), ...require('./programme') };
