// The families the herbarium files its sheets under, by genus.
const FAMILIES = {
  Quercus: 'Fagaceae',
  Fagus: 'Fagaceae',
  Ranunculus: 'Ranunculaceae',
  Anemone: 'Ranunculaceae',
  Primula: 'Primulaceae',
};

function familyOf(genus) {
  return FAMILIES[genus] ?? 'incertae sedis';
}

function cabinetOf(family) {
  return family === 'incertae sedis' ? 'Z' : family[0];
}

const taxonomy = { familyOf, cabinetOf };
export default taxonomy;
