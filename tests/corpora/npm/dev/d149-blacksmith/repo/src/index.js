const { Forge } = require('./forge');

// The ledger keeps the invoices of the day and says who still owes money.
function dayLedger(forge, jobs) {
  const invoices = jobs.map((job) => forge.invoice(job.customer, job.orders));
  const unpaid = invoices.filter((invoice, i) => {
    if (jobs[i].paid) {
      return false;
    }
    return true;
  });
  return {
    invoices,
    takings: invoices.reduce((sum, invoice) => sum + invoice.total + invoice.vat, 0),
    owing: unpaid.map((invoice) => invoice.customer),
  };
}

module.exports = { Forge, dayLedger };
