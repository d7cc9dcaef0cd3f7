export const SHEET_MM = { A1: [594, 841], A2: [420, 594] };

// Each fold halves the sheet and doubles its leaves; a leaf has two pages.
export function pagesPerSheet(folds) {
  return 2 ** (folds + 1);
}

export function pageSize(sheet, folds) {
  let [w, h] = SHEET_MM[sheet];
  for (let i = 0; i < folds; i += 1) {
    [w, h] = [Math.floor(h / 2), w];
  }
  return [w, h];
}
