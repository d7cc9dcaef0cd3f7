import type { Plank } from './types';

// Planks that fail inspection come off the stack before a strake is hung; the stack is kept in order.
export function dropRotten(stack: Plank[]): Plank[] {
  for (let i = 0; i < stack.length; i += 1) {
    if (stack[i].rot) stack.splice(i, 1);
  }
  return stack;
}

export function strakeLength(stack: Plank[]): number {
  return dropRotten(stack).reduce((sum, plank) => sum + plank.lengthM, 0);
}
