// A UK mobile number in the harbour log: +44 and ten digits, written with spaces or without.
const UK_MOBILE = /^+44\d{10}$/;

export function validPhone(text) {
  return UK_MOBILE.test(text.replaceAll(' ', ''));
}

export function skipperLine(skipper) {
  return `${skipper.name} (${skipper.boat}) ${validPhone(skipper.phone) ? skipper.phone : 'no phone'}`;
}
