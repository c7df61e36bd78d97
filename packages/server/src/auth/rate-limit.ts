/**
 * Counts events per key in a sliding window (in memory: one chiproad process enforces its own limits;
 * behind several processes each enforces them separately, which only loosens them by that factor).
 */
export class SlidingWindow {
  private readonly events = new Map<string, number[]>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const times = (this.events.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (times.length === 0) this.events.delete(key);
    else this.events.set(key, times);
    return times;
  }

  /** Seconds until another event is allowed for `key`, or 0 when it is allowed now. */
  retryAfter(key: string, now = Date.now()): number {
    const times = this.recent(key, now);
    if (times.length < this.limit) return 0;
    return Math.max(1, Math.ceil((times[times.length - this.limit]! + this.windowMs - now) / 1000));
  }

  record(key: string, now = Date.now()): void {
    const times = this.recent(key, now);
    times.push(now);
    this.events.set(key, times);
    if (this.events.size > 100_000) this.events.delete(this.events.keys().next().value as string);
  }

  reset(key: string): void {
    this.events.delete(key);
  }
}
