const { test } = require('node:test');

// A test whose promise never settles and a timer that keeps the process alive:
// the runner never finishes on its own.
test('waits for an event that never comes', () => new Promise(() => setInterval(() => {}, 1000)));
