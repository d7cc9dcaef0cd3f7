// A register is one set of strings, a string per key; a string that is not ok needs replacing.
export class Register {
  constructor(name, strings) {
    this.name = name;
    this.strings = strings;
  }

  notes() {
    return this.strings.map(function (string) { return string.note; }.bind(this));
  }
}

export function toRestring(register) {
  const out = [];
  register.strings.forEach((string) => {
    if (string.ok) continue;
    out.push(`${register.name} ${string.note}`);
  });
  return out;
}
