// What one waffle takes; eggs only come whole.
const PER_WAFFLE = { flourG: 60, milkMl: 90, eggs: 0.5 };

function batterFor(waffles) {
  return {
    flourG: PER_WAFFLE.flourG * waffles,
    milkMl: PER_WAFFLE.milkMl * waffles,
    eggs: Math.ceil(PER_WAFFLE.eggs * waffles),
  };
}

module.exports = { PER_WAFFLE, batterFor };
