// Sheet and finished sizes in millimetres, short side first.
const SIZES = {
  SRA3: [320, 450],
  A3: [297, 420],
  A4: [210, 297],
  A5: [148, 210],
  A6: [105, 148],
  DL: [99, 210],
};

function sizeOf(name) {
  const size = SIZES[name];
  if (!size) {
    throw new Error(`unknown paper size: ${name}`);
  }
  return size;
}

// How many finished pieces fit on one sheet, each with its bleed all round, turned whichever way fits more.
function upOnSheet(item, sheet, bleedMm = 3) {
  const [w, h] = sizeOf(item).map((side) => side + 2 * bleedMm);
  const [sw, sh] = sizeOf(sheet);
  const fits = (across, down) => Math.floor(sw / across) * Math.floor(sh / down);
    return Math.max(fits(w, h), fits(h, w));
}

module.exports = { SIZES, sizeOf, upOnSheet };
