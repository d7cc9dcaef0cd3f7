// The few declarations of node:test and node:assert the tests use (no @types/node needed).
declare module 'node:test' {
  export function describe(name: string, fn: () => void): void;
  export function it(name: string, fn: () => void | Promise<void>): void;
}
declare module 'node:assert/strict' {
  const assert: {
    equal(actual: unknown, expected: unknown): void;
    deepEqual(actual: unknown, expected: unknown): void;
    throws(fn: () => unknown, expected?: unknown): void;
  };
  export default assert;
}
