// Track lengths come from probing the audio files, which is asynchronous and may hang on a slow share.
export function probeWithin(probe, track, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`probe timed out: ${track}`)), ms);
    probe(track).then((seconds) => {
      clearTimeout(timer);
      resolve(seconds);
    }, reject);
  });
}

export function clock(seconds) {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export async function runningTime(tracks, probe, ms = 1000) {
  const lengths = await Promise.all(tracks.map((track) => probeWithin(probe, track, ms)));
  const total = lengths.reduce((sum, seconds) => sum + seconds, 0);
  return { seconds: total, clock: clock(total) };
}
