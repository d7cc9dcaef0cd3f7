// Turves are stood up to dry in footings, then built into stacks.
export function tallestStack(heights) {
  return Math.max(...heights);
}

export function footingsFor(turves, perFooting = 6) {
  return Math.ceil(turves / perFooting);
}

// Stacks over 1.5 m are roped down against the wind.
export function stacksToRope(heights) {
  return Object.keys(heights).filter(function (name) {
    return heights[name] > 1.5;
  });
}
