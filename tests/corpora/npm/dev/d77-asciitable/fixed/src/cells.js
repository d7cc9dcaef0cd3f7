const ELLIPSIS = '\u2026';

function cellText(value) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '';
  }
  return typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
}

// Cut to at most `max` characters, the last one an ellipsis when something was cut.
function truncate(text, max) {
  return text.length <= max ? text : text.slice(0, max - 1) + ELLIPSIS;
}

function pad(text, width, align) {
  const extra = width - text.length;
  if (align === 'right') {
    return ' '.repeat(extra) + text;
  }
  if (align === 'center') {
    const left = Math.floor(extra / 2);
    return ' '.repeat(left) + text + ' '.repeat(extra - left);
  }
  return text + ' '.repeat(extra);
}

module.exports = { cellText, truncate, pad, ELLIPSIS };
