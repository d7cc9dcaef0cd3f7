// A lobster may be kept if its carapace is within the legal sizes, it has no v-notch (a marked breeder)
// and it is not carrying eggs.
export const MIN_CARAPACE_MM = 83;
export const MAX_CARAPACE_MM = 127;

export function isKeeper(lobster) {
  return (
    lobster.carapaceMm >= MIN_CARAPACE_MM &&
    lobster.carapaceMm <= MAX_CARAPACE_MM &&
    !(lobster.vNotched && lobster.berried)
  );
}
