// node --test reporter that writes one JSON object per line for Healer.
//
// Copied into the sandbox (never run by Healer itself) and used as
//   node --test --test-reporter=/stage/support/healer_node_test_reporter.mjs
//        --test-reporter-destination=/work/.healer-node-test.jsonl
// Node's own TAP reporter gives the file and line only of failing tests; this
// one reports every test with its file, line, column, ancestors and, for a
// failure, the thrown error (the `cause` of Node's ERR_TEST_FAILURE wrapper),
// plus what each test file printed to stderr (a file that cannot load reports
// its SyntaxError there). It uses nothing but Node's built-ins.

const LIMIT = 50000;

function text(value) {
  if (value === undefined || value === null) return "";
  return String(value).slice(0, LIMIT);
}

function serialize(error) {
  if (!error) return null;
  const cause = error.cause !== undefined ? error.cause : error;
  const isError = cause !== null && typeof cause === "object";
  return {
    name: isError ? text(cause.name) : "Error",
    message: isError ? text(cause.message) : text(cause),
    stack: isError ? text(cause.stack) : "",
    code: isError ? text(cause.code) : "",
    failureType: text(error.failureType),
    exitCode: typeof error.exitCode === "number" ? error.exitCode : null,
  };
}

export default async function* healerReporter(source) {
  const started = new Map(); // file -> names by nesting level
  for await (const event of source) {
    const data = event.data || {};
    const file = text(data.file);
    if (event.type === "test:start") {
      const names = started.get(file) || [];
      names.length = data.nesting;
      names[data.nesting] = text(data.name);
      started.set(file, names);
    } else if (event.type === "test:pass" || event.type === "test:fail") {
      const details = data.details || {};
      const names = started.get(file) || [];
      yield JSON.stringify({
        event: event.type === "test:pass" ? "pass" : "fail",
        name: text(data.name),
        ancestors: names.slice(0, data.nesting),
        file,
        line: data.line || 0,
        column: data.column || 0,
        kind: text(details.type),
        skip: data.skip !== undefined && data.skip !== false,
        todo: data.todo !== undefined && data.todo !== false,
        duration_ms: details.duration_ms || 0,
        error: event.type === "test:fail" ? serialize(details.error) : null,
      }) + "\n";
    } else if (event.type === "test:stderr" || event.type === "test:stdout") {
      yield JSON.stringify({ event: event.type.slice(5), file, message: text(data.message) }) + "\n";
    }
  }
}
