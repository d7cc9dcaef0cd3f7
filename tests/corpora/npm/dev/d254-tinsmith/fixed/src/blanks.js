// How many blanks a sheet yields, cut in a grid, turning the blank a quarter when that fits more.
function yieldOf(sheet, blank) {
  const area = sheet.widthMm * sheet.lengthMm;
  let count = Math.floor(sheet.widthMm / blank.widthMm) * Math.floor(sheet.lengthMm / blank.lengthMm),
    turned = false;
  const across = Math.floor(sheet.widthMm / blank.lengthMm) * Math.floor(sheet.lengthMm / blank.widthMm);
  if (across > count) {
    count = across;
    turned = true;
  }
  const wastePercent = Math.round((100 * (area - count * blank.widthMm * blank.lengthMm)) / area);
  return { count, turned, wastePercent };
}

module.exports = { yieldOf };
