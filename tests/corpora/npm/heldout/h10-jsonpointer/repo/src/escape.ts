// RFC 6901 reference tokens: '~' is written '~0' and '/' is written '~1'.
export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

// '~1' must become '/' before '~0' becomes '~', or '~01' would turn into '/' instead of '~1'.
export function unescapeToken(token: string): string {
  if (/~(?![01])/.test(token)) {
    throw new SyntaxError(`bad escape in '${token}'`);
  }
  return token.replace(/~0/g, '~').replace(/~1/g, '/');
}
