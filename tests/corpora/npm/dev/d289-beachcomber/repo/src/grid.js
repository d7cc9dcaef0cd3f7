// A find's grid square is written 'column,row,zone' in the logbook, e.g. '12,7,3'.
function parseGrid(text) {
  const [column, row, zone] = text.split(',').map(parseInt);
  return { column, row, zone };
}

function gridLabel(grid) {
  return `${grid.column}/${grid.row} (zone ${grid.zone})`;
}

module.exports = { parseGrid, gridLabel };
