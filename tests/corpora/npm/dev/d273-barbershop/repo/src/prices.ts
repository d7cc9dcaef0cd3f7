// The price list on the wall, in pence.
export const PRICES = { shortCut: 1800, longCut: 2400, beardTrim: 1200 };
