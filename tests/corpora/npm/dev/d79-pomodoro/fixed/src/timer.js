const MINUTE = 60 * 1000;

// The clock shows whole seconds left, rounded up, so it reads 00:01 until the very end.
function formatClock(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

function minutesLeft(endsAt, now) {
  return Math.max(0, Math.ceil((endsAt - now) / MINUTE));
}

// The timer's states: idle -> running <-> paused, running -> done; start again from done or idle.
function nextState(state, event) {
  switch (state) {
    case 'idle':
      return event === 'start' ? 'running' : 'idle';
    case 'running':
      if (event === 'pause') return 'paused';
      if (event === 'finish') return 'done';
      return 'running';
    case 'paused':
      if (event === 'resume') return 'running';
      if (event === 'stop') return 'idle';
      return 'paused';
    case 'done':
      return event === 'start' ? 'running' : 'done';
    default:
      throw new Error(`unknown state: ${state}`);
  }
}

module.exports = { MINUTE, formatClock, minutesLeft, nextState };
