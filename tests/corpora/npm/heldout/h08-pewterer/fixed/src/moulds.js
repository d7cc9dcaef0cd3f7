// A mould cools before it can be poured again; big pieces cool slowly.
function coolMinutes(grams) {
  return grams > 200 ? 12 : 5;
}

function pourLabel(casting) {
  const kind = casting.grams > 200 ? 'tankard' : 'small';
  return `${casting.count} x ${casting.name} (${kind})`;
}

function dayMinutes(castings) {
  return castings.reduce((sum, casting) => sum + coolMinutes(casting.grams) * casting.count, 0);
}

module.exports = { coolMinutes, dayMinutes, pourLabel };
