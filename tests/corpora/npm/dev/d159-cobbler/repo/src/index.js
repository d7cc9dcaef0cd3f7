'use strict';

const pricing = require('./pricing');
const ticket = require('./ticket');

module.exports = { ...pricing, ...ticket };
