const { cellText, pad, truncate } = require('./cells');

// Columns: { key, title, align, max }; numbers are right-aligned unless a column says otherwise.
function layout(rows, columns) {
  return columns.map((column) => {
    const numeric = rows.length > 0 && rows.every((row) => typeof row[column.key] === 'number');
    const cells = rows.map((row) => truncate(cellText(row[column.key]), column.max ?? Infinity));
    const title = column.title ?? column.key;
    const width = Math.max(title.length, ...cells.map((cell) => cell.length));
    return { title, cells, width, align: column.align ?? (numeric ? 'right' : 'left') };
  });
}

function render(rows, columns) {
  const cols = layout(rows, columns);
  const border = `+${cols.map((col) => '-'.repeat(col.width + 2)).join('+')}+`;
  const line = (texts, aligns) => `| ${texts.map((text, i) => pad(text, cols[i].width, aligns[i])).join(' | ')} |`;
  const header = line(
    cols.map((col) => col.title),
    cols.map(() => 'center'),
  );
  const body = rows.map((_, r) =>
    line(
      cols.map((col) => col.cells[r]),
      cols.map((col) => col.align),
    ),
  );
  return [border, header, border, ...body, border].join('\n');
}

module.exports = { layout, render };
