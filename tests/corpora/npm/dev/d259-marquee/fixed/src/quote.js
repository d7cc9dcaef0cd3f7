const { parseSizes, widestSpan } = require('./sizes');

const PENCE_PER_M2 = 250;
// A marquee wider than this needs a second ridge and a row of centre poles.
const SINGLE_RIDGE_M = 9;
// The customer's notes run from NOTES: to END and may take several lines.
const NOTES = /NOTES:(.*)END/s;

function readNotes(form) {
  const match = NOTES.exec(form);
  return match ? match[1].trim() : '';
}

function quote(form) {
  const sizes = parseSizes(form);
  const areaM2 = sizes.reduce((sum, size) => sum + size.widthM * size.lengthM, 0);
  return {
    marquees: sizes.length,
    ridges: widestSpan(sizes) > SINGLE_RIDGE_M ? 2 : 1,
    pence: areaM2 * PENCE_PER_M2,
    notes: readNotes(form),
  };
}

module.exports = { quote };
