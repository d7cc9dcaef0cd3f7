"""JavaScript and TypeScript toolkit: pure functions the npm language plug-in calls.

Nothing here imports Django or runs repository code: the host only reads files,
parses text (tree-sitter) and builds commands that the sandbox runs.

- `project`   which npm project a repository is, its checks, runner, lock file
- `scripts`   what an npm script runs (segments, wrappers, referenced scripts)
- `commands`  argv for each check with a machine-readable reporter, per-test coverage runs
- `errors`    JavaScript errors and stack traces from runner output
- `reports`   jest / vitest / mocha JSON and node --test TAP into plain dataclasses
- `lint`      ESLint JSON and `tsc --pretty false` diagnostics
- `coverage`  V8 coverage (NODE_V8_COVERAGE, with source maps) and istanbul JSON
- `syntax`    tree-sitter parsing, error locations, brace nesting by indentation
- `modules`   imports, exports and module resolution against the repository
- `classify`  the six bug types, located at the faulty line
- `fixers`    candidate edits per bug type, each a pure function of text and failure
"""
