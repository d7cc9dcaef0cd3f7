'use strict';

// Flags of the herbs register, one bit each.
const CHILDREN_OK = 1;
const PRESCRIPTION = 2;
const POISON = 4;

const HERBS = {
  chamomile: { common: 'Chamomile', latin: 'Matricaria chamomilla', gramsPerCup: 2, flags: CHILDREN_OK },
  valerian: { common: 'Valerian', latin: 'Valeriana officinalis', gramsPerCup: 3, flags: PRESCRIPTION },
  foxglove: { common: 'Foxglove', latin: 'Digitalis purpurea', gramsPerCup: 0, flags: POISON | PRESCRIPTION },
  peppermint: { common: 'Peppermint', latin: 'Mentha piperita', gramsPerCup: 2, flags: CHILDREN_OK },
};

// A jar's label; the physician's shelf passes the Latin name instead of the common one.
function label(herb, name = HERBS[herb]?.common) {
  const entry = HERBS[herb];
  if (entry === undefined) throw new Error(`no such herb: ${herb}`);
  if ((entry.flags & POISON) !== 0) return `POISON: ${name}`;
  return `${name}, ${entry.gramsPerCup} g to the cup`;
}

function safeForChildren() {
  const names = Object.keys(HERBS).filter(
    (herb) => (HERBS[herb].flags & CHILDREN_OK) !== 0,
  );
  return names.sort();
}

module.exports = { HERBS, label, safeForChildren };
