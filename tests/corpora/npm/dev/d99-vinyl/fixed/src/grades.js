// Goldmine grades, worst first.
const GRADES = ['P', 'F', 'G', 'G+', 'VG', 'VG+', 'NM', 'M'];

// What a copy fetches against the price guide's Near Mint value, by the grade of its vinyl.
const FACTOR = { M: 1.2, NM: 1, 'VG+': 0.6, VG: 0.3, 'G+': 0.15, G: 0.1, F: 0.05, P: 0.02 };

function parseGrade(text) {
  const grade = text.trim().toUpperCase();
  if (!GRADES.includes(grade)) throw new Error(`unknown grade: ${text}`);
  return grade;
}

function atLeast(grade, minimum) {
  return GRADES.indexOf(grade) >= GRADES.indexOf(minimum);
}

module.exports = { FACTOR, GRADES, atLeast, parseGrade };
