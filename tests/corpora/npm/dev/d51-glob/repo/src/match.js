import { compile } from './compile.js';

export function isMatch(path, pattern, options = {}) {
  const matcher = compile(pattern, options);
  return matcher.test(path) !== matcher.negated;
}

// The paths the patterns select, in their order: a path is in when the last pattern that matches it is
// not negated ('src/**', '!src/vendor/**').
export function filter(paths, patterns, options = {}) {
  const matchers = patterns.map((pattern) => compile(pattern, options));
  return paths.filter((path) => {
    let selected = false;
    for (const matcher of matchers) {
      if (matcher.regex.test(path)) {
        selected = !matcher.negated;
      }
    }
    return selected;
  });
}
