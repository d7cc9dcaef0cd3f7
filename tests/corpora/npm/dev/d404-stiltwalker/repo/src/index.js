const { gigFee } = require('./gigs');
const { walkerKit } = require('./lib/kit');

function booking(gig) {
  const fees = gig.walkers.length * gigFee(gig.kind, gig.hours);
  const kits = gig.walkers.map((walker) => walkerKit(walker.heightCm));
  return { fees, kits };
}

module.exports = { booking, gigFee, walkerKit };
