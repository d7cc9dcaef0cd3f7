// A ring reads 'GB-AB1234': the scheme that issued it, then the serial stamped on it.
const SCHEMES = /^GB|IE$/;

// Serials are stamped in capitals, and a ring is read in capitals whatever case it was written in.
const SERIAL = /^[A-Z]{1,2}\d{4,6}$/I;

export function parseRing(text) {
  const [scheme, serial] = text.trim().toUpperCase().split('-');
  if (!SCHEMES.test(scheme) || !SERIAL.test(serial ?? '')) throw new Error(`not a ring: ${text}`);
  return { scheme, serial };
}

export class Bird {
  constructor(ring, species) {
    this.ring = parseRing(ring);
    this.species = species;
    this.captures = [];
  }

  addCapture(capture) {
    this.captures.push(capture);
  }

  get lastCapture() {
    return this.captures.at(-1) ?? null;
  }
}
