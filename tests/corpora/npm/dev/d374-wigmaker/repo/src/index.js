'use strict';

const { Workshop } = require('./hair');
const { capSize } = require('./caps');
const { invoice } = require('./invoice');

module.exports = { Workshop, capSize, invoice };
