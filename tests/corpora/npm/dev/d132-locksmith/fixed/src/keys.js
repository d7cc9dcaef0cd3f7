// A pin tumbler key is cut as a row of depths from 0 to 9; two neighbouring cuts may differ by at most the
// maximum adjacent cut specification (MACS), or the key binds on the pins.
const MACS = 7;

function parseBitting(code) {
  if (!/^\d{5,6}$/.test(code)) throw new Error(`bad bitting: ${code}`);
  return [...code].map(Number);
}

function cuttable(code) {
  const depths = parseBitting(code);
  let previous = depths[0];
  for (const depth of depths.slice(1)) {
    if (Math.abs(depth - previous) > MACS) return false;
    previous = depth;
  }
  return true;
}

// A master-keyed cylinder needs a master wafer in every chamber where the change key and the master key differ.
function masterWafers(change, master) {
  const a = parseBitting(change);
  const b = parseBitting(master);
  if (a.length !== b.length) throw new Error('keys of different lengths');
  return a.map((depth, i) => Math.abs(depth - b[i])).filter((wafer) => wafer > 0);
}

module.exports = { MACS, cuttable, masterWafers, parseBitting };
