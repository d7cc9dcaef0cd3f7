const { PrintJob } = require('./job');
const { SIZES, sizeOf, upOnSheet } = require('./paperSizes');

const PENCE_PER_SHEET = { SRA3: 14, A3: 11 };

function quote(jobs, sheet = 'SRA3') {
  const lines = jobs.map((job) => {
    const sheets = job.sheetsNeeded(sheet);
    return { file: job.fileName(), sheets, pence: sheets * PENCE_PER_SHEET[sheet] };
  });
  return {
    lines,
    totalPence: lines.reduce((sum, line) => sum + line.pence, 0),
  };
}

module.exports = { PrintJob, SIZES, quote, sizeOf, upOnSheet };
