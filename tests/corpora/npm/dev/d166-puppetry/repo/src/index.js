'use strict';

module.exports = { ...require('./timing'), ...require('./troupes'), ...require('./cues') };
