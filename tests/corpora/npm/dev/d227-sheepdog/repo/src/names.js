// The catalogue prints names in title case, whatever case the entry form was filled in with.
export function displayName(name) {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => word[0].toUpperCase() + word.slice(1).toLowerCase())
    .join();
}

export function catalogueLine(entry) {
  return `${entry.number}. ${displayName(entry.dog)} (${displayName(entry.handler)})`;
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The steward calls the next pair to the post once the field is clear.
export async function callToPost(entry, clearMs = 0) {
  await wait(clearMs);
  return `${catalogueLine(entry)} to the post`;
}
