const GRADES = require('../grades.json');

function gradeOf(lengthCm) {
  const grade = GRADES.find((g) => lengthCm >= g.minCm);
  return grade ? grade.name : 'reject';
}

function gradeCounts(lengthsCm) {
  const counts = {};
  for (const len of lengthsCm) {
    const grade = gradeOf(len);
    counts[grade] = (counts[grade] || 0) + 1;
  }
  return counts;
}

async function weighBundles(ids, weighOne) {
  const weights = await Promise.all(ids.map((id) => await weighOne(id)));
  return weights.reduce((sum, kg) => sum + kg, 0);
}

module.exports = { gradeCounts, gradeOf, weighBundles };
