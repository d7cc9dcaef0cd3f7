export const rowOf = (index) => Math.floor(index / 9);
export const colOf = (index) => index % 9;
export const boxOf = (index) => Math.floor(rowOf(index) / 3) * 3 + Math.floor(colOf(index) / 3);

// The 20 cells that share a row, a column or a box with each cell, computed once.
const PEERS = Array.from({ length: 81 }, (_, index) => {
  const peers = new Set();
  for (let other = 0; other < 81; other++) {
    const shares = rowOf(other) === rowOf(index) || colOf(other) === colOf(index) || boxOf(other) === boxOf(index);
    if (other !== index && shares) {
      peers.add(other);
    }
  }
  return peers;
});

export function peers(index) {
  return PEERS[index];
}
