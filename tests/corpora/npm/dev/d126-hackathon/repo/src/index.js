'use strict';

module.exports = { ...require('./stats'), ...require('./teams'), ...require('./judging') };
