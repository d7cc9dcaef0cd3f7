class Lot {
  constructor(id, title, reserve, increment = 100) {
    this.id = id;
    this.title = title;
    this.reserve = reserve;
    this.increment = increment;
    this.bids = [];
  }

  // Sealed bids: one per bidder.
  place(bidder, amount, at) {
    if (this.bids.some((bid) => bid.bidder === bidder)) throw new Error(`${bidder} has already bid on ${this.id}`);
    this.bids.push({ bidder, amount, at });
  }

  // The bids at or over the reserve, highest first (the earlier one on a tie).
  get validBids() {
    return this.bids.filter((bid) => bid.amount >= this.reserve).sort((a, b) => b.amount - a.amount || a.at - b.at);
  }

  // Second price: the highest bid wins and pays the runner-up's bid plus one increment, but never more
  // than it bid; a single bid over the reserve pays the reserve.
  result() {
    const valid = this.validBids;
    if (valid.length === 0) return { sold: false };
    const [winner, second] = valid;
    const price = second ? Math.min(winner.amount, second.amount) + this.increment : this.reserve;
    return { sold: true, winner: winner.bidder, price };
  }
}

module.exports = { Lot };
