// Guards move on to the next chair every ROTATE_MINUTES so that nobody watches the same water for too long; with
// more guards than chairs, the guards left over are on a break and come back in the next turn.
export const ROTATE_MINUTES = 20;

export function rota(guards, chairs, shiftMinutes) {
  const slots = [];
  for (let start = 0, start < shiftMinutes, start += ROTATE_MINUTES) {
    const turn = start / ROTATE_MINUTES;
    const seated = chairs.map((chair, i) => ({ chair, guard: guards[(i + turn) % chairs.length] }));
    slots.push({ start, seated });
  }
  return slots;
}

export function chairOf(slots, guard, minute) {
  const slot = slots.findLast((s) => s.start <= minute);
  const place = slot?.seated.find((s) => s.guard === guard);
  return place ? place.chair : 'break';
}
