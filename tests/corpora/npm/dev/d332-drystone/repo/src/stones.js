// Tonnes of stone per cubic metre of wall, the voids between the stones allowed for.
const STONE_TONNES_PER_M3 = 1.4;

module.exports = { STONE_TONNES_PER_M3 };
