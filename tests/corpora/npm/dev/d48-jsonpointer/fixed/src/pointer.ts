import { escapeToken, unescapeToken } from './escape.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function parse(pointer: string): string[] {
  if (pointer === '') {
    return [];
  }
  if (!pointer.startsWith('/')) {
    throw new SyntaxError(`a JSON pointer starts with '/': '${pointer}'`);
  }
  return pointer.slice(1).split('/').map(unescapeToken);
}

export function compile(tokens: readonly string[]): string {
  return tokens.map((token) => `/${escapeToken(token)}`).join('');
}

// An array index is '0' or digits without a leading zero; `length` allows one past the end.
export function arrayIndex(token: string, length: number): number {
  if (!/^(0|[1-9]\d*)$/.test(token)) {
    throw new Error(`'${token}' is not an array index`);
  }
  const index = Number(token);
  if (index > length) {
    throw new RangeError(`index ${index} is out of bounds`);
  }
  return index;
}

export function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function get(document: Json, pointer: string): Json {
  let current: Json = document;
  for (const token of parse(pointer)) {
    if (Array.isArray(current)) {
      const index = arrayIndex(token, current.length - 1);
      current = current[index];
    } else if (isObject(current) && Object.hasOwn(current, token)) {
      current = current[token];
    } else {
      throw new Error(`nothing at '${pointer}'`);
    }
  }
  return current;
}

export function has(document: Json, pointer: string): boolean {
  try {
    get(document, pointer);
    return true;
  } catch {
    return false;
  }
}
