// Emit a TypeScript project's JavaScript without type checking: tsc's build step, fast.
//
// Copied into the sandbox (never run by Healer itself) and run there, in the repository's
// directory, in place of a test script's `tsc -p <project>` build step for a candidate's
// targeted runs:
//   node healer_transpile.mjs [-p|--project <tsconfig.json or directory>]
// Most of tsc's time is type checking the whole program (and loading the standard library's
// declarations); the tests need only the emitted files. Each file of the project is emitted on
// its own with the project's own TypeScript (`transpileModule`, with the compiler options and
// output paths tsc would use, source maps included), which gives the same JavaScript for code
// that compiles file by file. Type errors are not reported here: the whole-suite run, which
// decides, keeps the project's real build. Any problem (no TypeScript, a configuration this does
// not read, an option it does not know) exits 3 without writing, and the caller runs tsc itself.
// It uses nothing but Node's built-ins and the project's own `typescript` package.

import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

function fail(why) {
  process.stderr.write(`healer_transpile: ${why}\n`);
  process.exit(3);
}

const args = process.argv.slice(2);
let project = "tsconfig.json";
if (args.length === 2 && (args[0] === "-p" || args[0] === "--project")) {
  project = args[1];
} else if (args.length === 1 && args[0].startsWith("--project=")) {
  project = args[0].slice("--project=".length);
} else if (args.length !== 0) {
  fail(`arguments not handled: ${args.join(" ")}`);
}
try {
  if (statSync(project).isDirectory()) project = join(project, "tsconfig.json");
} catch {
  fail(`no project at ${project}`);
}

let ts;
try {
  ts = createRequire(resolve("package.json"))("typescript");
} catch {
  fail("the project's typescript package cannot be loaded");
}

const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => fail("unreadable configuration") };
const config = ts.getParsedCommandLineOfConfigFile(resolve(project), {}, host);
if (!config || config.errors.length) fail("configuration errors");
const options = { ...config.options, sourceMap: true, inlineSourceMap: false, inlineSources: false };
if (options.noEmit || options.emitDeclarationOnly || options.composite || options.outFile || options.out) {
  fail("an emit this does not reproduce");
}
// Under module Node16/NodeNext a file is emitted as an ES module or as CommonJS by its extension
// (.mts/.cts) or else by the nearest package.json's "type", as Node loads it; transpileModule sees no
// package.json, so each file gets that format's module kind here (ESNext or CommonJS, the emit tsc
// gives such a file), with the defaults NodeNext implies (esModuleInterop, a recent target).
const nodeFormats = options.module >= ts.ModuleKind.Node16 && options.module <= ts.ModuleKind.NodeNext;
const types = new Map();

function packageType(dir) {
  if (types.has(dir)) return types.get(dir);
  let type;
  try {
    type = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).type === "module" ? "module" : "commonjs";
  } catch (error) {
    if (error.code !== "ENOENT") fail(`unreadable ${join(dir, "package.json")}`);
    type = dirname(dir) === dir ? "commonjs" : packageType(dirname(dir));
  }
  types.set(dir, type);
  return type;
}

function fileOptions(file) {
  if (!nodeFormats) return options;
  const esm = /\.m[jt]sx?$/.test(file) || (!/\.c[jt]sx?$/.test(file) && packageType(dirname(file)) === "module");
  const { moduleResolution, ...rest } = options;
  return {
    ...rest,
    module: esm ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS,
    esModuleInterop: options.esModuleInterop ?? true,
    target: options.target ?? ts.ScriptTarget.ESNext,
  };
}

const outputs = [];
for (const file of config.fileNames) {
  if (/\.d\.[cm]?ts$/.test(file) || file.endsWith(".json")) continue;
  const emitted = ts.transpileModule(readFileSync(file, "utf8"), { compilerOptions: fileOptions(file), fileName: file });
  const js = ts.getOutputFileNames({ ...config, options }, file, false).find((f) => /\.[cm]?jsx?$/.test(f));
  if (!js) fail(`no output file for ${file}`);
  outputs.push([js, emitted]);
}
for (const [js, emitted] of outputs) {
  mkdirSync(dirname(js), { recursive: true });
  writeFileSync(js, emitted.outputText);
  if (emitted.sourceMapText) writeFileSync(`${js}.map`, emitted.sourceMapText);
}
