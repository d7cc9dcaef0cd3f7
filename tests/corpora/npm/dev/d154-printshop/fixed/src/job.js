const { upOnSheet } = require('./paperSizes');

const SPOILAGE = 0.05; // spare sheets for make-ready and misfeeds
const MIN_OVERS = 10;

class PrintJob {
  constructor(title, size, copies) {
    this.title = title;
    this.size = size;
    this.copies = copies;
  }

  get copies() {
    return this.copiesWanted;
  }

  set copies(value) {
    if (!Number.isInteger(value) || value <= 0) {
      throw new RangeError(`copies must be a positive whole number, not ${value}`);
    }
    this.copiesWanted = value;
  }

  sheetsNeeded(sheet = 'SRA3') {
    const net = Math.ceil(this.copies / upOnSheet(this.size, sheet));
    return net + Math.max(MIN_OVERS, Math.ceil(net * SPOILAGE));
  }

  // The artwork file the press operator looks for: lower case, dashes for spaces, the size and the run.
  fileName() {
    const slug = this.title.trim().toLowerCase().replaceAll(' ', '-');
    return `${slug}_${this.size}_x${this.copies}.pdf`;
  }
}

module.exports = { PrintJob };
