export interface Slide {
  rider: string;
  seconds: number;
}

export function fastest(slides: Slide[]): Slide | undefined {
  let best: Slide | undefined;
  for (const slide of slides) {
    if (!best || slide.seconds < best.seconds) {
      best = slide;
    }
  }
  return best;
}

// The board shows the three most recent slides, oldest first.
export function board(slides: Slide[]): string[] {
  return slides.slice(-3).map((slide) => `${slide.rider} ${slide.seconds}s`);
}
