import { arrayIndex, get, isObject, Json, parse, compile } from './pointer.js';

function parentOf(document: Json, pointer: string): { parent: Json; token: string } {
  const tokens = parse(pointer);
  const token = tokens.pop();
  if (token === undefined) {
    throw new Error('the root has no parent');
  }
  return { parent: get(document, compile(tokens)), token };
}

// Sets the value at pointer, in place: an array takes a new element at an index or at '-' (its end).
export function set(document: Json, pointer: string, value: Json): void {
  const { parent, token } = parentOf(document, pointer);
  if (Array.isArray(parent)) {
    const index = token === '-' ? parent.length : arrayIndex(token, parent.length);
    parent.splice(index, index === parent.length ? 0 : 1, value);
  } else if (isObject(parent)) {
    parent[token] = value;
  } else {
    throw new Error(`cannot set a member of a ${typeof parent} at '${pointer}'`);
  }
}

// Removes the value at pointer, in place, and returns it; later array elements move down.
export function remove(document: Json, pointer: string): Json {
  const { parent, token } = parentOf(document, pointer);
  const removed = get(document, pointer);
  if (Array.isArray(parent)) {
    const index = arrayIndex(token, parent.length - 1);
    parent.splice(index, 1);
  } else if (isObject(parent)) {
    delete parent[token];
  }
  return removed;
}
