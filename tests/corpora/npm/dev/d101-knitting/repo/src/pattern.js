// Stitches from the needle each stitch works, and how many it leaves on the other needle.
const STITCHES = {
  k: { uses: 1, makes: 1 },
  p: { uses: 1, makes: 1 },
  yo: { uses: 0, makes: 1 },
  k2tog: { uses: 2, makes: 1 },
  ssk: { uses: 2, makes: 1 },
  m1: { uses: 0, makes: 1 },
};

// 'k2, p2, yo, k2tog' → ['k', 'k', 'p', 'p', 'yo', 'k2tog']
function expandRow(text) {
  const out = [];
  for (const token of text.trim().split(/[\s,]+/)) {
    const m = /^(k2tog|ssk|yo|m1|k|p)(\d*)$/.exec(token);
    if (!m) throw new Error(`unknown stitch: ${token}');
    const times = m[2] ? Number(m[2]) : 1;
    for (let i = 0; i < times; i++) out.push(m[1]);
  }
  return out;
}

function stitchCount(stitches) {
  return stitches.reduce(
    (count, name) => ({ uses: count.uses + STITCHES[name].uses, makes: count.makes + STITCHES[name].makes }),
    { uses: 0, makes: 0 },
  );
}

// How a row written out changes the stitches on the needle; it must use exactly what is there.
function workRow(onNeedle, text) {
  const { uses, makes } = stitchCount(expandRow(text));
  if (uses !== onNeedle) throw new Error(`the row works ${uses} stitches, the needle holds ${onNeedle}`);
  return makes;
}

module.exports = { expandRow, stitchCount, workRow };
