'use strict';

// Carvers queue for the chainsaw in a Set, in the order they asked; the first one gets it next.
function nextForChainsaw(queue) {
  return queue.values().next().value ?? null;
}

function handOver(queue) {
  const carver = nextForChainsaw(queue);
  if (carver !== null) {
    queue.delete(carver);
  }
  return carver;
}

module.exports = { nextForChainsaw, handOver };
