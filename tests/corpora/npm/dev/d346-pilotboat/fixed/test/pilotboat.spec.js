const assert = require('node:assert/strict');
const { assignPilot, boardingNote, etaMinutes } = require('../src');

describe('pilot boat', () => {
  it('times the run out to a ship', () => {
    assert.equal(etaMinutes(5, 20), 15);
    assert.equal(etaMinutes(7, 18), 24);
  });

  it('notes the next high water', async () => {
    const job = { ship: 'Northern Star', port: 'Dover', after: '09:00' };
    assert.equal(await boardingNote(job), 'Northern Star at Dover: high water 15:32 (6.1 m)');
  });

  it('assigns a pilot who knows the port', () => {
    const pilots = [
      { name: 'Hale', ports: ['Ramsgate'] },
      { name: 'Ives', ports: ['Dover', 'Folkestone'] },
    ];
    assert.equal(assignPilot({ port: 'Dover' }, pilots), 'Ives');
    assert.equal(pilots[1].busy, true);
    assert.equal(assignPilot({ port: 'Harwich' }, pilots), null);
  });
});
