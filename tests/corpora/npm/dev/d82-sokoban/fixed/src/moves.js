const { DIRECTIONS, step } = require('./grid');

// One move: the player walks, or pushes the box in front of it if the square behind the box is free.
function move(state, direction) {
  const delta = DIRECTIONS[direction.toLowerCase()];
  if (!delta) throw new Error(`unknown direction '${direction}'`);
  const next = step(state.player, delta);
  if (state.walls.has(next)) return { state, moved: false, pushed: false };
  if (state.boxes.has(next)) {
    const beyond = step(next, delta);
    if (state.walls.has(beyond) || state.boxes.has(beyond)) return { state, moved: false, pushed: false };
    const boxes = new Set(state.boxes);
    boxes.delete(next);
    boxes.add(beyond);
    return { state: { ...state, boxes, player: next }, moved: true, pushed: true };
  }
  return { state: { ...state, player: next }, moved: true, pushed: false };
}

// A solution in LURD notation; blocked moves are not counted.
function play(state, moves) {
  let walked = 0;
  let pushes = 0;
  for (const direction of moves) {
    const result = move(state, direction);
    state = result.state;
    if (result.moved) walked++;
    if (result.pushed) pushes++;
  }
  return { state, moves: walked, pushes };
}

function solved(state) {
  return [...state.boxes].every((box) => state.goals.has(box));
}

module.exports = { move, play, solved };
