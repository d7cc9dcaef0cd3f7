// Load test files the way mocha would, to see an error mocha swallowed.
//
// Copied into the sandbox (never run by Healer itself) and run there only after mocha reported
// no test at all although the project has test files:
//   node healer_load_tests.mjs <test file>...
// On Node >= 20.19 mocha loads an ES module test file with require() first; when its top level
// throws (a TypeError inside a describe() callback, say), mocha falls back to import(), which
// then "succeeds" with an empty module: 0 tests, exit code 0, and the error is gone (see
// mochajs/mocha#4773 and microsoft/FluidFramework#26666). This imports each file with mocha's
// globals stubbed (describe() runs its callback, it() and the hooks do nothing) and prints the
// first error that loading throws, with its stack, after a marker line naming the file.
// It uses nothing but Node's built-ins.

import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const context = { timeout() {}, slow() {}, retries() {}, skip() {} };
const suite = (name, fn) => (typeof fn === "function" ? fn.call(context) : undefined);
const ignore = () => {};
for (const [name, value] of Object.entries({
  describe: suite,
  context: suite,
  suite: suite,
  xdescribe: ignore,
  xcontext: ignore,
  it: ignore,
  specify: ignore,
  test: ignore,
  xit: ignore,
  xspecify: ignore,
  before: ignore,
  after: ignore,
  beforeEach: ignore,
  afterEach: ignore,
  suiteSetup: ignore,
  suiteTeardown: ignore,
  setup: ignore,
  teardown: ignore,
})) {
  const stub = (...args) => value(...args);
  stub.only = value;
  stub.skip = ignore;
  globalThis[name] = stub;
}

let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    await import(pathToFileURL(resolve(file)).href);
  } catch (error) {
    process.stderr.write(`HEALER-LOAD-ERROR ${file}\n`);
    process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
    failed = true;
    break;
  }
}
process.exit(failed ? 1 : 0);
