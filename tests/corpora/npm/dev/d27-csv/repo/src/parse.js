/**
 * Parses CSV text as RFC 4180 writes it: fields separated by `delimiter`, rows by LF or CRLF;
 * a field in double quotes may hold delimiters, line breaks and doubled quotes (""). A newline
 * at the very end closes the last row instead of starting an empty one.
 */
function parseCsv(text, { delimiter = ',' } = {}) {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n') {
    throw new Error(`invalid delimiter: ${JSON.stringify(delimiter)}`);
  }
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
        continue;
      }
      if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (char === '\r') {
        i += 1;
      }
    } else {
      field += char;
    }
    i += 1;
  }
  if (quoted) {
    throw new Error('a quoted field is not closed at the end of the input');
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

module.exports = { parseCsv };
