'use strict';

module.exports = { ...require('./formulas'), ...require('./schedule') };
