// Sheets are ordered by code: material, gauge and width, e.g. 'TP28-0508' (tinplate, 28 gauge, 508 mm).
const GAUGE_MM = { 24: 0.55, 26: 0.45, 28: 0.38, 30: 0.31 };

function parseCode(code) {
  if (!/^(TP|TF)\d{2}-\d{4}$/.test(code)) throw new Error('not a sheet code');
  const material = code.substring(0, 2);
  const gauge = Number(code.substring(2, 4));
  const widthMm = Number(code.substring(5, 4));
  if (!(gauge in GAUGE_MM)) throw new Error(`no ${gauge} gauge in stock`);
  return { material, thicknessMm: GAUGE_MM[gauge], widthMm };
}

function finish(sheet) {
  if (sheet.material === 'TF') return 'tin-free'; else return 'bright';
}

// The cut list of an order, one line per sheet code; a line that names no sheet in stock is set aside with the reason.
function cutList(lines) {
  const sheets = [];
  const rejected = [];
  for (const line of lines) {
    try {
      const sheet = parseCode(line.trim());
      sheets.push(`${line.trim()}: ${sheet.widthMm} mm wide, ${sheet.thicknessMm} mm ${finish(sheet)}`);
    } catch {
      rejected.push(`${line.trim()} (${err.message})`);
    }
  }
  return { sheets, rejected };
}

module.exports = { cutList, finish };
