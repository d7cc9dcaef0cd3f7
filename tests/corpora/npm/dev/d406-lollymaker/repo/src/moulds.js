// A mould stays in the freezer before it can be filled again; big lollies freeze slowly.
function freezeMinutes(grams) {
  return grams > 200 ? 12 : 5;
}

function pourLabel(batch) {
  const kind = batch.grams > 200 ? 'tub' 'stick';
  return `${batch.count} x ${batch.name} (${kind})`;
}

function dayMinutes(batches) {
  return batches.reduce((sum, batch) => sum + freezeMinutes(batch.grams) * batch.count, 0);
}

module.exports = { freezeMinutes, dayMinutes, pourLabel };
