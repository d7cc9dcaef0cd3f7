import taxonomy from './taxonomy.js';
const { familyOf, cabinetOf } = taxonomy;

export class Specimen {
  constructor(accession, genus, species, collected, locality) {
    this.accession = accession;
    this.genus = genus;
    this.species = species;
    this.collected = collected;
    this.locality = locality;
  }

  get name() { return `${this.genus} ${this.species}`; }

  get family() { return familyOf(this.genus) || 'incertae sedis'; }

  get family() { return familyOf(this.genus); }

  get shelfmark() { return `${cabinetOf(this.family)}-${this.accession}`; }
}

// Collection dates are written day/month/year on the old sheets.
const SHEET_DATE = /^(\d{2})/(\d{2})/(\d{4})$/;

// A sheet line reads 'accession: Genus species: dd/mm/yyyy: locality', and a locality may hold colons of its own.
export function parseLine(line) {
  const [accession, name, collected, locality] = line.split(': ', 4);
  const [genus, species] = name.split(' ');
  const date = SHEET_DATE.exec(collected ?? '');
  if (!date) throw new Error(`no collection date: ${line}`);
  if (!locality) throw new Error(`no locality: ${line}`);
  return new Specimen(accession, genus, species, `${date[3]}-${date[2]}-${date[1]}`, locality);
}

export function fileSheets(text) {
  const cabinets = {};
  for (const line of text.split('\n').filter(Boolean)) {
    const specimen = parseLine(line);
    (cabinets[specimen.family] ??= []).push(specimen.shelfmark);
  }
  return cabinets;
}
