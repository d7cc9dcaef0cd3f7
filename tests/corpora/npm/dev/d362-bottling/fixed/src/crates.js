'use strict';

// Full crates first, numbered from 1; the odd bottles go in one last, part-filled crate. The usual crate
// holds a dozen.
function packCrates(bottles, perCrate = 12) {
  const full = Math.floor(bottles / perCrate);
  const crates = Array.from({ length: full }, (_, i) => ({ crate: i + 1, bottles: perCrate }));
  const rest = bottles % perCrate;
  if (rest > 0) {
    crates.push({ crate: full + 1, bottles: rest });
  }
  return crates;
}

module.exports = { packCrates };
