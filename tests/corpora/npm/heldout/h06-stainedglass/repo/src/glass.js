// A panel lists its glass by the supplier's codes, 'R-12, B-7-F'; a code ending in -F is the flashed version of a sheet.
function usesGlass(panel, code) {
  return new RegExp(`\\b${code}\\b`).test(panel.glass);
}

function panelsUsing(panels, code) {
  return panels.filter((panel) => usesGlass(panel, code)).map((panel) => panel.name);
}

module.exports = { panelsUsing, usesGlass };
