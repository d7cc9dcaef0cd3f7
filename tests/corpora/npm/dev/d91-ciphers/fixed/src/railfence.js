// The rail of each position: 0, 1, ..., rails - 1, then back up to 1, and again.
function railsOf(length, rails) {
  const cycle = 2 * (rails - 1);
  return Array.from({ length }, (_, i) => {
    const r = i % cycle;
    return r < rails ? r : cycle - r;
  });
}

export function railEncode(text, rails) {
  if (rails < 2) return text;
  const on = railsOf(text.length, rails);
  let out = '';
  for (let rail = 0; rail < rails; rail++) {
    for (let i = 0; i < text.length; i++) if (on[i] === rail) out += text[i];
  }
  return out;
}

export function railDecode(cipher, rails) {
  if (rails < 2) return cipher;
  const order = railsOf(cipher.length, rails)
    .map((rail, i) => [rail, i])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = new Array(cipher.length);
  order.forEach(([, i], k) => {
    out[i] = cipher[k];
  });
  return out.join('');
}
