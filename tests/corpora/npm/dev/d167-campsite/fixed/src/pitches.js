// Pitch codes are a field's name and a two-digit number: "RIVER-07", "MEADOW-12".
export function parsePitch(code) {
  const dash = code.lastIndexOf('-');
  if (dash < 1 || code.length - dash !== 3) {
    throw new Error(`not a pitch code: ${code}`);
  }
  const field = code.slice(0, dash).toLowerCase();
  const number = Number(code.slice(-2));
  return { field, number };
}

// Hard-standing pitches are the first few of each field; the rest are grass.
const HARD_STANDING = { river: 4, meadow: 0, orchard: 6 };

export function surface(code) {
  const { field, number } = parsePitch(code);
  return number <= (HARD_STANDING[field] ?? 0) ? 'hard' : 'grass';
}

// The barrier at the gate answers through a callback; a barrier that does not answer in time is an error.
export function openGate(gate, ms = 1000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gate ${gate.id} did not answer`)), ms);
    gate.open((code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
