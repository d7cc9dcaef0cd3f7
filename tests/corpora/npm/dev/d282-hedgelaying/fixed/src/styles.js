// Hedge-laying styles and what a chain (20 m) of each takes.
const STYLES = {
  midland: {
    stakesPerChain: 44,
    binders: {
      metresPerBundle: 6,
      pence: 350,
    },
  },
  welsh: {
    stakesPerChain: 60,
    binders: {
      metresPerBundle: 8,
      pence: 300,
    },
  },
};

module.exports = { STYLES };
