// Parts of sand to one part of binder, by the strength of the lime (or cement for modern work).
const MIXES = {
  'NHL 2': { binder: 'natural hydraulic lime 2', sand: 2 },
  'NHL 3.5': { binder: 'natural hydraulic lime 3.5', sand: 2.5 },
  'NHL 5': { binder: 'natural hydraulic lime 5', sand: 3 },
  M4: { binder: 'cement', sand: 4.5 },
};

function mortarMix(grade) {
  const mix = MIXES[grade];
  if (!mix) throw new Error(`no mix for ${grade}`);
  return { grade, ...mix };
}

// Litres of binder and sand for a volume of mortar; sand fills the binder's voids, so 1 l of mix needs 1.3 l dry.
function batch(mix, litres) {
  const dry = litres * 1.3;
  const binder = dry / (1 + mix.sand);
  return { binder: Math.round(binder * 10) / 10, sand: Math.round((dry - binder) * 10) / 10 };
}

module.exports = { MIXES, mortarMix, batch };
