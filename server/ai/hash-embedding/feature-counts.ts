/**
 * Counts of hashed features in an open-addressing table over typed arrays. Embedding spends most
 * of its time counting; this is about twice as fast as a Map<number, number> and allocates
 * nothing per text when an instance is reused (embedding is synchronous, so reuse is safe).
 */
export class FeatureCounts {
  private keys: Uint32Array;
  private counts: Uint32Array;
  private slots: Uint32Array;
  private mask: number;
  size = 0;

  constructor(initialCapacity = 4096) {
    const capacity = 1 << Math.ceil(Math.log2(Math.max(16, initialCapacity)));
    this.keys = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
    this.slots = new Uint32Array(capacity);
    this.mask = capacity - 1;
  }

  /** `key` is a 32-bit hash; other numbers are reduced to their low 32 bits. */
  add(hash: number): void {
    const key = hash >>> 0;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const count = this.counts[slot] as number;
      if (count === 0) break;
      if (this.keys[slot] === key) {
        this.counts[slot] = count + 1;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.counts[slot] = 1;
    this.slots[this.size++] = slot;
    if (this.size * 2 > this.mask) this.grow();
  }

  /** Calls `visit` for every distinct key with its count, in insertion order. */
  forEach(visit: (key: number, count: number) => void): void {
    for (let i = 0; i < this.size; i++) {
      const slot = this.slots[i] as number;
      visit(this.keys[slot] as number, this.counts[slot] as number);
    }
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.counts[this.slots[i] as number] = 0;
    this.size = 0;
  }

  private grow(): void {
    const entries: Array<[number, number]> = [];
    this.forEach((key, count) => entries.push([key, count]));
    const capacity = (this.mask + 1) * 2;
    this.keys = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
    this.slots = new Uint32Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (const [key, count] of entries) {
      this.add(key);
      const slot = this.slots[this.size - 1] as number;
      this.counts[slot] = count;
    }
  }
}
