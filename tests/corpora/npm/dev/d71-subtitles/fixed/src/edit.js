const { stripTags } = require('./srt');

// Moves every cue by offset milliseconds; a cue pushed before the start is cut at 0 or, when it
// ends there too, dropped.
function shift(cues, offset) {
  return cues
    .filter((cue) => cue.end + offset > 0)
    .map((cue) => ({ ...cue, start: Math.max(0, cue.start + offset), end: cue.end + offset }));
}

// Subtitles timed for one frame rate played at another (25 fps subtitles on a 23.976 fps film).
function retime(cues, fromFps, toFps) {
  const factor = fromFps / toFps;
  return cues.map((cue) => ({ ...cue, start: Math.round(cue.start * factor), end: Math.round(cue.end * factor) }));
}

// Reading speed in characters per second, tags and line breaks not counted.
function readingSpeed(cue) {
  const chars = stripTags(cue.text).replaceAll('\n', '').length;
  return Math.round((chars / ((cue.end - cue.start) / 1000)) * 10) / 10;
}

function tooFast(cues, limit = 17) {
  return cues.filter((cue) => readingSpeed(cue) > limit).map((cue) => cue.index);
}

module.exports = { shift, retime, readingSpeed, tooFast };
