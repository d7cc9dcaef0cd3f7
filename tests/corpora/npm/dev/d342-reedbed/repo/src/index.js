const { gradeCounts, gradeOf, weighBundles } = require('./bundles');
const { cuttingDays, inSeason } = require('./season');

module.exports = { cuttingDays, gradeCounts, gradeOf, inSeason, weighBundles };
