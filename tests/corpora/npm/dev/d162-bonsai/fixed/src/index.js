'use strict';

module.exports = { ...require('./tree'), ...require('./care') };
