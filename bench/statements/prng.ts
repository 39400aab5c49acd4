// A small seeded PRNG (sfc32) so the generated month is the same on every machine and run:
// figures from two runs then differ by the machine, never by the data.

export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    // Discard the first outputs: sfc32 mixes a plain seed poorly at first.
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  /** A child generator for one part of the data, so adding a part does not shift the others. */
  fork(label: number): Prng {
    return new Prng((this.nextUint32() ^ Math.imul(label + 1, 0x85ebca6b)) >>> 0);
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
    return this.nextUint32() / 4_294_967_296;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** A version-4 UUID drawn from this generator (registrations carry the phone's UUID, R-1). */
  uuid(): string {
    const hex = (n: number): string => n.toString(16).padStart(8, '0');
    const w1 = hex(this.nextUint32());
    const w2 = hex(this.nextUint32());
    const w3 = hex(((this.nextUint32() & 0x0fff_ffff) | 0x4000_0000) >>> 0);
    const w4 = hex(((this.nextUint32() & 0x3fff_ffff) | 0x8000_0000) >>> 0);
    return `${w1}-${w2.slice(0, 4)}-${w3.slice(0, 4)}-${w4.slice(0, 4)}-${w2.slice(4)}${w3.slice(4)}${w4.slice(4)}`;
  }
}
