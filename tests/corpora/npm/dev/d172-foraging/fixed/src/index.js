'use strict';

module.exports = { ...require('./species'), ...require('./log') };
