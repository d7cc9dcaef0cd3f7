// Tags are kept as the supplier's label writes them: comma-separated, e.g. "non-dairy,vegan".
export const FLAVOURS = [
  { name: 'pistachio', tags: 'dairy,nuts', pencePerScoop: 190 },
  { name: 'stracciatella', tags: 'dairy', pencePerScoop: 170 },
  { name: 'mango sorbet', tags: 'non-dairy,vegan', pencePerScoop: 160 },
  { name: 'dark chocolate', tags: 'non-dairy,vegan,soya', pencePerScoop: 180 },
  { name: 'hazelnut', tags: 'dairy,nuts', pencePerScoop: 190 },
];

export function hasTag(flavour, tag) {
  return flavour.tags.split(',').includes(tag);
}

export function flavourNamed(name) {
  const flavour = FLAVOURS.find((candidate) => candidate.name === name);
  if (!flavour) {
    throw new Error(`not on the counter today: ${name}`);
  }
  return flavour;
}

// What someone who avoids these tags can have.
export function safeFor(avoid) {
  return FLAVOURS.filter((flavour) => !avoid.some((tag) => hasTag(flavour, tag))).map((flavour) => flavour.name);
}
