// A worsted count as the cone gives it, ply/count: '2/28' is two plies of 28 Nm singles.
const COUNT = /^(\d+)/(\d+)$/;

function parseCount(label) {
  const match = COUNT.exec(label.trim());
  if (!match) throw new Error(`not a count: ${label}`);
  return { ply: Number(match[1]), nm: Number(match[2]) };
}

function formatCount({ ply, nm }) {
  return `${ply}/${nm}`;
}

module.exports = { formatCount, parseCount };
