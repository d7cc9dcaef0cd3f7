// Everything the workshop sells has a catalogue number and a name.
export class CatalogueItem {
  constructor(number, name) {
    this.number = number;
    this.name = name;
  }

  get code() {
    return `LU-${String(this.number).padStart(4, '0')}`;
  }
}
