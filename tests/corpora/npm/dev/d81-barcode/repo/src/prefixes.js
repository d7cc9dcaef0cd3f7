// GS1 prefixes (the first three digits) of a few member organisations.
const RANGES = {
  '000-019': 'US and Canada',
  '300-379': 'France',
  '400-440': 'Germany',
  '450-459': 'Japan',
  '490-499': 'Japan',
  '500-509': 'United Kingdom',
  '690-699': 'China',
  '760-769': 'Switzerland',
  '800-839': 'Italy',
  '840-849': 'Spain',
  '870-879': 'Netherlands',
  '978-979': 'Bookland (ISBN)',
};

export function country(code) {
  const prefix = Number(code.padStart(13, '0').slice(0, 3));
  const entry = Object.entries(RANGES).find(([range]) => {
    const [low, high] = range.split('-').map(Number);
    return prefix >= low && prefix <= high;
  });
  // Prefixes outside the table (e.g. 200-299, for in-store use) have no country.
  return entry[1] ?? null;
}
