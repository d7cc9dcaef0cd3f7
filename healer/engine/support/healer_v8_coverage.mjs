// Merge the files Node wrote under NODE_V8_COVERAGE into one, keeping only the repository's scripts.
//
// Copied into the sandbox (never run by Healer itself) and run there after one test ran with
// coverage:
//   node healer_v8_coverage.mjs <coverage dir> <output file> <repository dir>
// Node writes one file per process (node --test starts one per test file), each holding every
// script the process loaded, Node's own internals and node_modules included: megabytes that the
// worker does not need. This keeps the scripts under <repository dir> outside node_modules, with
// their source maps (for code compiled by tsc or a loader), so the worker reads one small file.
// It uses nothing but Node's built-ins.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [directory, output, repository] = process.argv.slice(2);
const prefix = pathToFileURL(repository).href.replace(/\/?$/, "/");
const mine = (url) => typeof url === "string" && url.startsWith(prefix) && !url.includes("/node_modules/");

const merged = { result: [], "source-map-cache": {} };
let names = [];
try {
  names = readdirSync(directory).filter((name) => name.startsWith("coverage-") && name.endsWith(".json"));
} catch {
  names = [];
}
for (const name of names.sort()) {
  let data;
  try {
    data = JSON.parse(readFileSync(join(directory, name), "utf8"));
  } catch {
    continue;
  }
  for (const script of Array.isArray(data.result) ? data.result : []) {
    if (script && mine(script.url)) merged.result.push({ url: script.url, functions: script.functions });
  }
  const maps = data["source-map-cache"] || {};
  for (const [url, entry] of Object.entries(maps)) {
    if (mine(url)) merged["source-map-cache"][url] = entry;
  }
}
writeFileSync(output, JSON.stringify(merged));
