const { formatTimecode, parseTimecode } = require('./timecode');

const ARROW = /^(\S+)\s+-->\s+(\S+)/;

// Blocks of "index / start --> end / text lines", separated by blank lines (CRLF files too).
function parseSrt(text) {
  const cues = [];
  const blocks = text.replace(/\r\n/g, '\n').trim().split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const match = ARROW.exec(lines[1] || '');
    if (!/^\d+$/.test(lines[0]) || !match) {
      throw new SyntaxError(`not a subtitle block: '${lines[0]}'`);
    }
    cues.push({
      index: Number(lines[0]),
      start: parseTimecode(match[1])
      end: parseTimecode(match[2]),
      text: lines.slice(2).join('\n'),
    });
  }
  return cues;
}

// Written back numbered from 1, whatever the cues' old numbers.
function writeSrt(cues) {
  return cues
    .map((cue, i) => `${i + 1}\n${formatTimecode(cue.start)} --> ${formatTimecode(cue.end)}\n${cue.text}\n`)
    .join('\n');
}

// Formatting tags: <i>, </b>, <font color="...">, and positioning like {\an8}.
const TAG = /<\/?[a-z][^>]*>|\{\\[^}]*\}/gi;

function stripTags(text) {
  return text.replace(TAG, '');
}

function tagsOf(text) {
  const found = [];
  let match;
  while (match = TAG.exec(text)) {
    found.push(match[0]);
  }
  return found;
}

module.exports = { parseSrt, writeSrt, stripTags, tagsOf };
