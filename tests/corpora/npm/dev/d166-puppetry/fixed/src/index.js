'use strict';

module.exports = { ...require('./timing'), ...require('./troupe'), ...require('./cues') };
