const { rounds, swapPairs } = require('./rows');

// Plain hunt: swap every pair from the lead, then every pair from second place, until rounds come up.
function plainHunt(bells) {
  const start = rounds(bells);
  const rows = [start];
  let row = start;
  do {
    const from = rows.length % 2 === 1 ? 0 : 1;
    row = swapPairs(row, from);
    rows.push(row);
  } while (row !== start);
  return rows;
}

function callName(change) {
  switch (change) {
    case '-':
      return 'bob';
    case 's':
      return 'single';
    default:
      return 'plain';
  }
}

// Each call ends a lead; a lead of plain bob minor is 12 changes unless the method says otherwise.
function touchLength(calls, leadLength) {
  const changes = leadLength ?? 12;
  return calls.length * changes;
}

module.exports = { plainHunt, callName, touchLength };
