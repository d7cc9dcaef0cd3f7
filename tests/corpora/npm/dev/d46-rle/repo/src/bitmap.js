// Rows of a black-and-white bitmap as run lengths, alternating white (0) and black (1) and always
// starting with white, as fax coding does: [1, 1, 0] -> [0, 2, 1].
function encodeRow(row) {
  const runs = [];
  let current = row[0];
  let length = 0;
  for (const bit of row) {
    if (bit !== 0 && bit !== 1) {
      throw new Error(`not a bit: ${bit}`);
    }
    if (bit === current) {
      length += 1;
    } else {
      runs.push(length);
      current = bit;
      length = 1;
    }
  }
  runs.push(length);
  return runs;
}

function decodeRow(runs, width) {
  const row = [];
  let bit = 0;
  for (const run of runs) {
    for (let k = 0; k < run; k++) {
      row.push(bit);
    }
    bit = 1 - bit;
  }
  if (row.length !== width) {
    throw new Error(`runs add up to ${row.length}, not ${width}`);
  }
  return row;
}

function encodeBitmap(rows) {
  return rows.map(encodeRow);
}

function decodeBitmap(encoded, width) {
  return encoded.map((runs) => decodeRow(runs, width));
}

module.exports = { encodeRow, decodeRow, encodeBitmap, decodeBitmap };
