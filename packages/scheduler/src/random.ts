/**
 * A small seeded PRNG (sfc32, Chris Doty-Humphrey's Small Fast Counting generator) so that
 * every search is reproducible for a given seed. Never use Math.random in the engine.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    // Mix the high bits of large seeds too, then warm up.
    this.c ^= Math.floor(seed / 0x100000000) >>> 0;
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A fresh generator whose stream is independent of this one's (for workers / restarts). */
  fork(): SeededRandom {
    return new SeededRandom(this.nextUint32() * 4096 + (this.nextUint32() & 4095));
  }
}
