const { gradeIndex, toFont } = require('./grades');
const { flashes, hardestSends, loadSession, parseSession, sendRate } = require('./sessions');

module.exports = { flashes, gradeIndex, hardestSends, loadSession, parseSession, sendRate, toFont };
