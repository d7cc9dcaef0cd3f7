export const RATES = {
  unlock: 1,
  perBlock: 0.5,
  blockMinutes: 15,
  memberFreeMinutes: 30,
};
