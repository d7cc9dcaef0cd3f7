// The game clock counts down from the room's limit; every hint costs penalty seconds.
export default class Timer {
  private penalties = 0;

  constructor(private readonly limitSeconds: number) {}

  penalise(seconds: number): void {
    this.penalties += seconds;
  }

  static clock(seconds: number): string {
    const minutes = Math.floor(seconds / 60);
    const rest = String(seconds % 60).padStart(2, '0');
    if (minutes >= 60) {
      return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${rest}`;
    }
    return `${minutes}:${rest}`;
  }

  remaining(elapsedSeconds: number): number {
    return Math.max(0, this.limitSeconds - elapsedSeconds - this.penalties);
  }
}
