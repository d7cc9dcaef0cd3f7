// Track lengths written "m:ss" or "h:mm:ss", in seconds.
export function parseLength(text: string): number {
  const parts = text.trim().split(':');
  if (parts.length < 2 || parts.length > 3 || !parts.every((part) => /^\d+$/.test(part))) {
    throw new SyntaxError(`not a track length: '${text}'`);
  }
  return parts.reduce((total, part) => total * 60 + Number(part), 0);
}

export function formatLength(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const secs = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}
