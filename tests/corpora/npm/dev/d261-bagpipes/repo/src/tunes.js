const BEATS_IN_BAR = { '2/4': 2, '3/4': 3, '4/4': 4, ['6/8']: 2 };

// Each tune lives in its own module under tunes/, loaded when a programme asks for it.
export async function loadTune(slug) {
  const { default: tune } = await import(`./src/tunes/${slug}.js`);
  return { ...tune, beats: tune.bars * BEATS_IN_BAR[tune.metre] };
}
