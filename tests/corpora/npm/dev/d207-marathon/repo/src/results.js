// Chip timing: every read is a bib crossing a mat; a bib read twice on the same mat counts once.
export function cleanName(name) {
  return name.replace(/[🏃🏅]/g, '').trim();
}

export function matsCrossed(reads) {
  const seen = new Set();
  const counts = new Map();
  for (const { bib, mat } of reads) {
    const key = `${bib}@${mat}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts.set(bib, (counts.get(bib) ?? 0) + 1);
  }
  return counts;
}

// A finisher has crossed every mat on the course; the rest did not finish.
export function finishers(reads, mats) {
  return [...matsCrossed(reads)]
    .filter(([, count]) => count === mats)
    .map(([bib]) => bib)
    .sort((a, b) => a - b);
}

// Finish times come from the race clock as 'h:mm:ss'.
export function toSeconds(time) {
  const [hours, minutes, seconds] = time.split(':').map(Number);
  return hours * 3600 + minutes * 60 + seconds;
}

export function rankByTime(results) {
  return [...results].sort((a, b) => (a.time < b.time ? -1 : 1)).map((result) => result.bib);
}
