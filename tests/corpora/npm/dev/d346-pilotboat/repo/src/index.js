const { assignPilot, boardingNote, etaMinutes } = require('./jobs');
const { nextHighWater } = require('./tides');

module.exports = { assignPilot, boardingNote, etaMinutes, nextHighWater };
