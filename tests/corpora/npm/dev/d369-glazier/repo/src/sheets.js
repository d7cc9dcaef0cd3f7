'use strict';

const SHEET_WIDTH_MM = 2250;

// Panes are cut across a sheet side by side; a pane that no longer fits starts a new sheet.
function sheetsFor(panes) {
  let sheets = 0;
  let left = 0;
  for (const pane of panes) {
    if (pane.width > left) {
      sheets += 1, left = SHEET_WIDTH_MM;
    }
    left -= pane.width;
  }
  return sheets;
}

module.exports = { SHEET_WIDTH_MM, sheetsFor };
