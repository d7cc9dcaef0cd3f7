// The rack holds sheets by the supplier's code ('R-12', 'B-7-F'; -F marks a flashed sheet): how many of each.
function takeSheet(rack, code) {
  if (!(code in rack)) throw new Error(`no ${code} in the rack`);
  rack[code] -= 1;
  if (rack[code] === 0) delete rack[code];
}

function sheetsInRack(rack) {
  return Object.keys(rack).sort();
}

module.exports = { sheetsInRack, takeSheet };
