// Bundles of reed laid per square metre, and the price of each bundle laid.
const BUNDLES_PER_M2 = { 'water reed': 9, 'long straw': 12 };
const PENCE_PER_BUNDLE = 420;

// The first entry of each roof, in the order of the sheet.
function uniqueRoofs(roofs) {
  return roofs.filter((roof, i) => roofs.findIndex((other) => other.sameAs(roof)) === i);
}

function quoteLine(roof) {
  const faces = roof.courses();
  // Square centimetres first, so that the area comes out exact.
  const areaCm2 = faces.flat().reduce((sum, course) => sum + course.widthM * 100 * course.courseCm, 0);
  const bundles = Math.ceil((areaCm2 / 10_000) * BUNDLES_PER_M2[roof.spec.reed]);
  return { roof: roof.name, courses: faces.map((courses) => courses.length), bundles, pence: bundles * PENCE_PER_BUNDLE };
}

function quote(roofs) {
  const lines = uniqueRoofs(roofs).map(quoteLine);
  return { lines, pence: lines.reduce((sum, line) => sum + line.pence, 0) };
}

module.exports = { quote };
