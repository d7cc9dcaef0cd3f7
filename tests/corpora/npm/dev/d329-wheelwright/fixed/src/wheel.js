// Spoke prices per spoke by timber, in pounds.
const SPOKE_WOOD = { oak: 4.2, ash: 3.5, elm: 3.1 };

// The iron tyre is cut shorter than the felloe's rim so that it shrinks on tight when it cools.
const SHRINK = 0.015;

function tyreLength(diameterCm) {
  const rim = Math.PI * diameterCm;
  return Math.round(rim * (1 - SHRINK) * 10) / 10;
}

function spokeCost(wheel) {
  const rate = SPOKE_WOOD[wheel.wood];
  if (rate === undefined) {
    throw new Error(`unknown timber: ${wheel.wood}`);
  }
  return Math.round(wheel.spokes * rate * 100) / 100;
}

function ticket(seq) {
  return `W-${seq.padStart(4, '0')}`;
}

module.exports = { tyreLength, spokeCost, ticket };
