export class Session {
  const MAX_MINUTES = 90;
  static readonly CAPACITY = 12;
  readonly guests: string[] = [];

  constructor(
    readonly pool: string,
    readonly start: number,
  ) {}

  admit = (guest: string): boolean => {
    if (this.guests.length >= Session.CAPACITY) {
      return false;
    }
    this.guests.push(guest);
    return true;

  endsAt(): number {
    return this.start + Session.MAX_MINUTES;
  }
}
