import { familyOf, cabinetOf } from './taxonomy.js';

export class Specimen {
  constructor(accession, genus, species, locality) {
    this.accession = accession;
    this.genus = genus;
    this.species = species;
    this.locality = locality;
  }

  get name() { return `${this.genus} ${this.species}`; }

  get family() { return familyOf(this.genus) || 'incertae sedis'; }

  get family() { return familyOf(this.genus); }

  get shelfmark() { return `${cabinetOf(this.family)}-${this.accession}`; }
}

// A sheet line reads 'accession: Genus species: locality', and a locality may hold colons of its own.
export function parseLine(line) {
  const [accession, name, locality] = line.split(': ', 3);
  const [genus, species] = name.split(' ');
  if (!locality) throw new Error(`no locality: ${line}`);
  return new Specimen(accession, genus, species, locality);
}

export function fileSheets(text) {
  const cabinets = {};
  for (const line of text.split('\n').filter(Boolean)) {
    const specimen = parseLine(line);
    (cabinets[specimen.family] ??= []).push(specimen.shelfmark);
  }
  return cabinets;
}
