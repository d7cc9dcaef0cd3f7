export function parsePattern(pattern) {
  return pattern
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? { param: part.slice(1) } : { literal: part }));
}

export function matchPath(parts, path) {
  const segments = path.split('/').filter(Boolean);
  if (segments.length < parts.length) {
    return null;
  }
  const params = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.param) {
      params[part.param] = decodeURIComponent(segments[i]);
    } else if (part.literal !== segments[i]) {
      return null;
    }
  }
  return params;
}
