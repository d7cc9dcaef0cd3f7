import { parsePattern, matchPath } from './params.js';

export class Router {
  constructor() {
    this.routes = [];
  }

  add(method, pattern, handler) {
    this.routes.push({ method: method.toUpperCase(), parts: parsePattern(pattern), handler });
    return this;
  }

  match(method, path) {
    for (const route of this.routes) {
      if (route.method !== method.toUpperCase()) {
        continue;
      }
      const params = matchPath(route.parts, path);
      if (params) {
        return { handler: route.handler, params };
      }
    }
    return null;
  }
}
