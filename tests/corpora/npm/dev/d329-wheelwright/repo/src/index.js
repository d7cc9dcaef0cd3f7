const wheel = require('./wheel');
const order = require('./order');

module.exports = { ...wheel, ...order };
