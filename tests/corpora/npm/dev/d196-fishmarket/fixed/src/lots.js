// The landing list comes from the Norwegian side of the market, with decimal commas:
// 'L-1042;cod;A;12,5' is lot L-1042, cod of grade A, 12.5 kg. Some boats type the grade in lower case.
function parseLot(line) {
  const parts = line.split(';').map((part) => part.trim());
  parts[2] = parts[2].toUpperCase();
  const [id, species, grade, weight] = parts;
  const kg = Number(weight.replace(',', '.'));
  if (!id || !species || !grade || !(kg > 0)) throw new Error(`bad lot: ${line}`);
  return { id, species, grade, kg };
}

function parseLandings(text) {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map(parseLot);
}

module.exports = { parseLot, parseLandings };
