// Taller walkers go up on taller stilts, and the trousers cover walker's legs and stilts.
function walkerKit(heightCm) {
  const stiltCm = heightCm >= 170 ? 60 : 45;
  return {
    stiltCm,
    trouserCm: Math.round(heightCm * 0.47 + stiltCm),
  };
}

module.exports = { walkerKit };
