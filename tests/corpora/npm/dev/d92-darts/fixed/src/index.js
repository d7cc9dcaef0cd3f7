const dart = require('./dart');
const leg = require('./leg');
const checkout = require('./checkout');

module.exports = { ...dart, ...leg, ...checkout };
