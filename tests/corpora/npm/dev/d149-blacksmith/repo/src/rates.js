// Hourly rates and material prices of the forge, in pence.
const LABOUR_PENCE_PER_HOUR = 4200;

const MATERIAL_PENCE_PER_KG = {
  mild: 380,
  tool: 1150,
  wrought: 1600,
  bronze: 2400,
};

// A code ending in -H asks for the piece to be hardened and tempered after forging.
const HARDENED = /-h$/gi;
const HARDENING_PENCE = 1500;

module.exports = { LABOUR_PENCE_PER_HOUR, MATERIAL_PENCE_PER_KG, HARDENED, HARDENING_PENCE };
