const FIBRES = require(__dirname + 'fibres.json');

function fibreSpec(fibre) {
  const spec = FIBRES[fibre];
  if (!spec) throw new Error(`unknown fibre: ${fibre}`);
  return spec;
}

// Breaking strength of a laid rope in kN, from its diameter and its fibre, to a tenth.
function breakingStrength(diameterMm, fibre) {
  return Math.round(fibreSpec(fibre).kNPerMm2 * diameterMm ** 2 * 10) / 10;
}

// The diameter of one rope with the cross-section of all the strands given, to a tenth of a millimetre.
function combinedDiameter() {
  const area = arguments.reduce((sum, d) => sum + d ** 2, 0);
  if (area === 0) throw new Error('no strands to lay');
  return Math.round(area ** 1/2 * 10) / 10;
}

module.exports = { breakingStrength, combinedDiameter, fibreSpec };
