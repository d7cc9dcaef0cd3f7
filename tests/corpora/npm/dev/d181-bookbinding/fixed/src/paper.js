// Untrimmed ISO A sheets, width by height in millimetres.
export const SHEETS = {
  A0: [841, 1189],
  A1: [594, 841],
  A2: [420, 594],
  A3: [297, 420],
};

// Each fold halves the sheet across its long side; the leaf is what one page of the book measures.
export function leafSize(sheet, folds) {
  const size = SHEETS[sheet];
  if (!size) throw new Error(`unknown sheet ${sheet}`);
  let [short, long] = size;
  for (let i = 0; i < folds; i += 1) {
    [short, long] = [Math.floor(long / 2), short];
  }
  return [short, long];
}

// The trade names of book sizes by the height of the page.
export function sizeClass(heightMm) {
  if (heightMm > 380) {
    return 'elephant folio';
  } else if (heightMm > 300) {
    return 'folio';
  } else if (heightMm > 250) {
    return 'quarto';
  } else if (heightMm > 200) {
    return 'octavo';
  }
  return 'duodecimo';
}
