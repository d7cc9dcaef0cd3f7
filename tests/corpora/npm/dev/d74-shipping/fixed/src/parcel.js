// "40 x 30 x 20 cm, 2.4 kg" -> sides in cm, longest first, and the weight in kg.
function parseParcel(text) {
  const match = /^(\d+(?:\.\d+)?)\s*x\s*(\d+(?:\.\d+)?)\s*x\s*(\d+(?:\.\d+)?)\s*cm\s*,\s*(\d+(?:\.\d+)?)\s*kg$/i.exec(
    text.trim(),
  );
  if (!match) {
    throw new SyntaxError(`not a parcel: '${text}'`);
  }
  const sides = match.slice(1, 4).map(Number).sort((a, b) => b - a);
  return { sides, kg: Number(match[4]) };
}

const VOLUMETRIC_DIVISOR = 5000;

// Carriers charge the greater of the real weight and the volume's weight, in steps of half a kilo.
function chargeableWeight(parcel) {
  const [a, b, c] = parcel.sides;
  const volumetric = (a * b * c) / VOLUMETRIC_DIVISOR;
  return Math.ceil(Math.max(parcel.kg, volumetric) * 2) / 2;
}

// Length plus girth: the longest side and twice the sum of the other two.
function lengthAndGirth(parcel) {
  const [longest, a, b] = parcel.sides;
  return longest + 2 * (a + b);
}

module.exports = { parseParcel, chargeableWeight, lengthAndGirth, VOLUMETRIC_DIVISOR };
