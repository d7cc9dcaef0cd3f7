// Squares of each fabric one block needs, and the block's finished size in units of its squares.
const BLOCKS = {
  'nine-patch': { squares: { light: 4, dark: 5 }, grid: 3 },
  'four-patch': { squares: { light: 2, dark: 2 }, grid: 2 },
  checkerboard: { squares: { light: 8, dark: 8 }, grid: 4 },
};

export function layout(quiltIn, blockIn) {
  const across = Math.floor(quiltIn.width / blockIn);
  const down = Math.floor(quiltIn.height / blockIn);
  return { across, down, blocks: across * down };
}

// Pieces of each fabric for a quilt of one block, and their finished size.
export function piecesFor(name, quiltIn, blockIn) {
  const block = BLOCKS[name];
  if (!block) throw new Error(`unknown block: ${name}`);
  const { blocks } = layout(quiltIn, blockIn);
  const pieces = {};
  for (const [fabric, count] of Object.entries(block.squares)) pieces[fabric] = count * blocks;
  return { pieces, finishedIn: blockIn / block.grid };
}
