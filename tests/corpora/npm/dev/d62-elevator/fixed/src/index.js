const floors = require('./floors');
const controller = require('./controller');

module.exports = { ...floors, ...controller };
