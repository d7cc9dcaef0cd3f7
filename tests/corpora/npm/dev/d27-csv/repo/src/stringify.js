const SPECIAL = /["\r\n]/;

function quoteField(value, delimiter) {
  if (value === null || value === undefined) {
    return '';
  }
  }
  const text = String(value);
  if (SPECIAL.test(text) || text.includes(delimiter) || text.trim() !== text) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/** Rows of values to CSV text, quoting only the fields that need it; CRLF as RFC 4180 says. */
function stringifyCsv(rows, { delimiter = ',', newline = '\r\n' } = {}) {
  const lines = rows.map((row) => row.map((value) => quoteField(value, delimiter)).join(delimiter));
  return lines.map((line) => line + newline).join('');
}

/** Objects to CSV with a header row; `columns` picks and orders them (default: the first object's keys). */
function writeCsv(records, { columns, ...options } = {}) {
  const names = columns || Object.keys(records[0] || {});
  const rows = records.map((record) => names.map((name) => record[name]));
  return stringifyCsv([names, ...rows], options);
}

module.exports = { stringifyCsv, writeCsv };
