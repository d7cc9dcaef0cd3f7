// A shade's hex code as the swatch book prints it, '#C04020' or '#c04020', as red, green and blue.
export function rgb(hex) {
  const [r, g, b] = hex.match(/[0-9a-f]{2}/gi).map((pair) => Number.parseInt(pair, 16));
  return { r, g, b };
}

// Reds and yellows take an alum mordant; blues and greys are saddened with iron.
export function mordantFor(hex) {
  const { r, b } = rgb(hex);
  return r > b ? 'alum' : 'iron';
}
