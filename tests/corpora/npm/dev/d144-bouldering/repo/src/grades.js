// Boulder grades: the V scale and the Font scale, and a common index to compare them on.

const V_TO_FONT = ['4', '5', '5+', '6A', '6B', '6C', '7A', '7A+', '7B', '7C', '7C+', '8A'];

function gradeIndex(grade) {
  const v = /^V(\d{1,2})$/.exec(grade);
  if (v) return Number(v[1]);
  const font = V_TO_FONT.indexOf(grade.toUpperCase());
  if (font === -1) throw new Error(`unknown grade: ${grade}`);
  return font;
}

function toFont(grade) {
  return V_TO_FONT[gradeIndex(grade)];
}

module.exports = { gradeIndex, toFont };
