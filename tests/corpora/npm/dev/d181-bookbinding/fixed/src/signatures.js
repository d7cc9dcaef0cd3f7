import { leafSize } from './paper.js';

// One folded sheet printed on both sides carries 2 ** (folds + 1) pages.
export const pagesPerSheet = (folds) => 2 ** (folds + 1);

// Pages in sewing order: each signature is a list of nested folded sheets, each sheet the pages it carries.
export function gather(pageCount, { sheetsPerSignature = 1, folds = 1 } = {}) {
  const perSheet = pagesPerSheet(folds);
  const perSignature = perSheet * sheetsPerSignature;
  const total = Math.ceil(pageCount / perSignature) * perSignature;
  const signatures = [];
  for (let first = 1; first <= total; first += perSignature) {
    const last = first + perSignature - 1;
    const sheets = [];
    for (let s = 0; s < sheetsPerSignature; s += 1) {
      // The outermost sheet carries the first and last pages of the signature, the next one in the pages inside them.
      const outer = first + (s * perSheet) / 2;
      const inner = last - (s * perSheet) / 2;
      const half = perSheet / 2;
      const front = Array.from({ length: half }, (_, i) => outer + i);
      const back = Array.from({ length: half }, (_, i) => inner - half + 1 + i);
      sheets.push([...front, ...back]);
    }
    signatures.push(sheets);
  }
  return signatures;
}

export function blanks(pageCount, options) {
  const pages = gather(pageCount, options).flat(2);
  return pages.filter((page) => page > pageCount).length;
}

export function bookSize(sheet, folds) {
  const [width, height] = leafSize(sheet, folds);
  return { width, height };
}
