const { parseCsv } = require('./parse');

/**
 * Rows to objects keyed by the header (the first row), or by `columns` when given. A row whose
 * length differs from the header's is an error: it usually means a delimiter inside a field that
 * was not quoted.
 */
function toRecords(rows, { columns } = {}) {
  if (rows.length === 0) {
    return [];
  }
  const [header, ...body] = rows;
  const names = columns || header;
  const width = header.length;
  return body.map((row, index) => {
    if (row.length !== header.length) {
      throw new Error(`row ${index + 2} has ${row.length} fields, the header has ${header.length}`);
    }
    const record = {};
    names.forEach((name, column) => {
      record[name] = row[column];
    });
    return record;
  });
}

function readCsv(text, options = {}) {
  return toRecords(parseCsv(text, options), options);
}

module.exports = { toRecords, readCsv };
