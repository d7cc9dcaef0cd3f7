export class Diary {
  constructor() {
    this.bookings = [];
    this.latest = null;
  }

  book(customer, day, arch) {
    const booking = { customer, date: new Date(day), arch };
    this.bookings.push(booking);
    this.latest = booking;
    return booking;
  }

  on(day) {
    const wanted = new Date(day);
    return this.bookings
      .filter((booking) => booking.date.getTime() === wanted.getTime())
      .map((booking) => booking.customer);
  }
}
