const SCALES = {
  C: { toKelvin: (v) => v + 273.15, fromKelvin: (k) => k - 273.15 },
  F: { toKelvin: (v) => ((v - 32) * 5) / 9 + 273.15, fromKelvin: (k) => ((k - 273.15) * 9) / 5 + 32 },
  K: { toKelvin: (v) => v, fromKelvin: (k) => k },
};

function convert(value, from, to) {
  const source = SCALES[from];
  const target = SCALES[to];
  if (!source || !target) {
    throw new RangeError(`unknown scale ${source ? to : from}`);
  }
  const kelvin = source.toKelvin(value);
  if (kelvin < 0) {
    throw new RangeError('below absolute zero');
  }
  return Math.round(target.fromKelvin(kelvin) * 100) / 100;
}

function format(value, scale) {
  return `${value.toFixed(1)} °${scale}`;
}

module.exports = { convert, format, SCALES };
