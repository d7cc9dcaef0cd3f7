// A member's card carries an 18-digit number, which the door's scanner sends as text, sometimes in groups of three.
const MEMBERS = ['900000000000000017', '900000000000000342'];

function sameCard(a, b) {
  return a.replaceAll(' ', '') === b.replaceAll(' ', '');
}

function isMember(card) {
  return MEMBERS.some((member) => sameCard(member, card));
}

module.exports = { isMember };
