// Reads a dotted path ("user.address.city") from a value; any missing step gives undefined.
export function lookup(value, path) {
  return path.split('.').reduce((current, key) => (current == null ? undefined : current[key]), value);
}

// Looks a name up in a stack of scopes, innermost first; "." is the innermost scope itself.
export function resolve(stack, name) {
  if (name === '.') {
    return stack[0];
  }
  for (const scope of stack) {
    const value = lookup(scope, name);
    if (value !== undefined) {
      return value;
    }
  }
  return undefined;
}
