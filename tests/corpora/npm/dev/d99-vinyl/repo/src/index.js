const grades = require('./grades');
const collection = require('./collection');

module.exports = { ...grades, ...collection };
