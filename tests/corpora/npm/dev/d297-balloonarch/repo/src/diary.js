export class Diary {
  constructor() {
    this.bookings = [];
    this.latest = null;
  }

  book(customer, day, arch) {
    const booking = { customer, date: new Date(day), arch };
    this.bookings.push(booking);
    return this.latest = booking;
  }

  on(day) {
    const wanted = new Date(day);
    return this.bookings
      .filter((booking) => booking.date === wanted)
      .map((booking) => booking.customer);
  }
}
