// Sodium hydroxide that saponifies one gram of each oil (its SAP value for NaOH).
const SAP = {
  olive: 0.135,
  coconut: 0.183,
  shea: 0.128,
  castor: 0.128,
  palm: 0.142,
};

const SAP_BY_OIL = new Map(Object.entries(SAP));

function sapValue(oil) {
  const value = SAP_BY_OIL.get(oil);
  if (value === undefined) throw new Error(`no SAP value for ${oil}`);
  return value;
}

// The lye for a recipe less its superfat, the share of oil left unsaponified to keep the bar mild.
function lyeGrams(oils, superfatPct) {
  const full = oils.reduce((sum, { oil, grams }) => sum + grams * sapValue(oil), 0);
  return Math.round(full * (1 - superfatPct / 100) * 10) / 10;
}

function waterGrams(lye, ratio = 2.5) {
  return Math.round(lye * ratio);
}

module.exports = { lyeGrams, sapValue, waterGrams };
