// Tokens are the hook's rail letter and number, e.g. 'B-07'.
function tokenFor(hook) {
  return `${hook.rail}-${String(hook.number).padStart(2, '0')}`;
}

function parseTicket(text) {
  const match = /^([A-Z])-(\d{2})(?: (\d+)h)?$/.exec(text.trim());
  if (!match) throw new Error(`not a ticket: ${text}`);
  return { token: `${match[1]}-${match[2]}`, hours: match[3] ? Number(match[3]) : null };
}

module.exports = { tokenFor, parseTicket };
