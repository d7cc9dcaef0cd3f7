const GATES = {
  upper: { sillCm: 120, widthM: 4 },
  lower: { sillCm: 40, widthM: 6 },
};

const sluice = {
  flow(gate, levelCm) {
    const head = Math.abs(levelCm - GATES[gate].sillCm);
    return Math.round((head / 100) * GATES[gate].widthM * 10) / 10;

  overSill(gate, levels) {
    return levels.filter((cm) => cm > GATES[gate].sillCm).length;
  },
};

module.exports = { GATES, sluice };
