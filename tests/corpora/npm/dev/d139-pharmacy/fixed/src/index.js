const { dosesPerDay, doseTimes, packsNeeded, tabletsNeeded } = require('./dosing');
const { parseExpiry, Shelf } = require('./stock');

function dispense(shelf, prescription, { packSize = 28, today = '2027-01-01' } = {}) {
  if (shelf.expiresBefore(prescription.code, today)) {
    throw new Error(`${prescription.code} has expired`);
  }
  const packs = packsNeeded(prescription, packSize);
  const left = shelf.take(prescription.code, packs);
  return { packs, left, reorder: shelf.lowStock().includes(prescription.code) };
}

// Controlled drugs are kept in the locked cabinet and signed for.
const CONTROLLED = ['morphine', 'oxycodone', 'diazepam', 'methylphenidate'];

function isControlled(name) {
  return CONTROLLED.includes(name.toLowerCase());
}

function label(prescription) {
  const unit = prescription.tabletsPerDose === 1 ? 'tablet' : 'tablets';
  return `Take ${prescription.tabletsPerDose} ${unit} ${prescription.frequency} for ${prescription.days} days`;
}

module.exports = { dispense, dosesPerDay, doseTimes, isControlled, label, packsNeeded, parseExpiry, Shelf, tabletsNeeded };
