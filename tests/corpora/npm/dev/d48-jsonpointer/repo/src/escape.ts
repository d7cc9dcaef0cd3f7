// RFC 6901 reference tokens: '~' is written '~0' and '/' is written '~1'.
export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

// Back from the escaped form (RFC 6901, section 4); a '~' not followed by 0 or 1 is an error.
export function unescapeToken(token: string): string {
  if (/~(?![01])/.test(token)) {
    throw new SyntaxError(`bad escape in '${token}'`);
  }
  return token.replace(/~0/g, '~').replace(/~1/g, '/');
}
