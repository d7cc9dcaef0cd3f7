// A board is its columns in order, each with an optional work-in-progress limit, and its cards.
// Every card keeps its moves as { to, at } with ISO timestamps, so that a board survives JSON.
export function createBoard(columns) {
  return { columns: columns.map(({ name, limit = null }) => ({ name, limit })), cards: [] };
}

export function column(board, name) {
  const found = board.columns.find((candidate) => candidate.name === name);
  if (!found) {
    throw new RangeError(`no column '${name}'`);
  }
  return found;
}

export function cardsIn(board, name) {
  return board.cards.filter((card) => card.history[card.history.length - 1].to === name);
}

export function addCard(board, title, at) {
  const first = board.columns[0].name;
  const card = { id: board.cards.length + 1, title, history: [{ to: first, at }] };
  board.cards.push(card);
  return card;
}

export function move(board, id, to, at) {
  const card = board.cards.find((candidate) => candidate.id === id);
  if (!card) {
    throw new RangeError(`no card #${id}`);
  }
  const target = column(board, to);
  if (target.limit !== null && cardsIn(board, to).length >= target.limit) {
    throw new Error(`'${to}' is at its limit of ${target.limit}`);
  }
  card.history.push({ to, at });
  return card;
}
