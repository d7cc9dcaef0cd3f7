// Each session's rules live in a module of their own under sessions/, named by the session's slug.
const SESSION_NAMES = ['Roller Disco', 'Toddler Skate', 'Derby Practice'];
const slug = (name) => name.toLowerCase().replaceAll(' ', '-');
const SESSIONS = new Map(SESSION_NAMES.map((name) => [name, require(`./sessions/${name}`)]));

class Rink {
  constructor(name, defaults) {
    this.name = name;
    // What every booking has unless it says otherwise: the price of skate hire, pads lent.
    this.defaults = defaults;
  }

  booking(sessionName, skater) {
    const session = SESSIONS.get(sessionName);
    if (!session) throw new Error(`no such session: ${sessionName}`);
    if (skater.age < session.minAge) throw new Error(`${skater.name} is under ${session.minAge}`);
    return Object.create(this.defaults, {
      skater: { value: skater.name, enumerable: true },
      pence: { value: session.pence + (skater.ownSkates ? 0 : this.defaults.hirePence), enumerable: true },
    });
  }

  // A booking's price is fixed once it is made; a member's discount, a fifth off, redefines it.
  memberPrice(booking) {
    return Object.defineProperty(booking, 'pence', { value: Math.round(booking.pence * 0.8) });
  }
}

module.exports = { Rink };
