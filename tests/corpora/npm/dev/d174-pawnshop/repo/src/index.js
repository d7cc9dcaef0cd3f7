'use strict';

module.exports = { ...require('./appraisal'), ...require('./interest'), ...require('./shop') };
