'use strict';

module.exports = require('./machines');
