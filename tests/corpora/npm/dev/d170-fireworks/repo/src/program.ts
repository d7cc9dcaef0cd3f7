import { CATALOGUE } from './catalogue';
import type { Show } from './show';

// A firing script: a header "name @ HH:MM", then one cue per line: "+MM:SS shell rack".
export function planShow(script: string, day: string): Show {
  const [header, ...lines] = script.trim().split('\n');
  const [name, clock] = header.split('@').map((part) => part.trim());
  const start = new Date(`${day}T${clock}:00Z`);
  const show = new Show(name, start);
  for (const line of lines) {
    const [offset, shellName, rack] = line.trim().split(/\s+/);
    const shell = CATALOGUE.get(shellName);
    if (!shell) {
      throw new Error(`unknown shell: ${shellName}`);
    }
    show.fire(shell, new Date(start.getTime() + offsetSeconds(offset) * 1000), Number(rack));
  }
  return show;
}

function offsetSeconds(text: string): number {
  const match = /^\+(\d+):(\d{2})$/.exec(text);
  if (!match) {
    throw new Error(`bad offset: ${text}`);
  }
  return Number(match[2]) * 60 + Number(match[1]);
}
