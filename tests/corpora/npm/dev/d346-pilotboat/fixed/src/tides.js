const TABLE = {
  Dover: [{ at: '03:10', height: 6.4 }, { at: '15:32', height: 6.1 }],
  Ramsgate: [{ at: '03:40', height: 4.9 }, { at: '16:02', height: 4.7 }],
};

async function nextHighWater(port, after) {
  const tides = TABLE[port];
  if (!tides) throw new Error(`no tide table for ${port}`);
  return tides.find((t) => t.at > after) || tides[0];
}

module.exports = { nextHighWater };
