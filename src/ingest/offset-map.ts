/**
 * A piecewise map from offsets in a derived string back to offsets in its source.
 * Built append-only while the derived string is produced, so building is linear; lookups are
 * a binary search over the segments.
 */
export class OffsetMapBuilder {
  /** Segment starts in the derived string (ascending). */
  private readonly derivedStarts: number[] = [];
  /** Where each segment starts in the source. */
  private readonly sourceStarts: number[] = [];
  /** 1 when offsets advance with the segment (copied text), 0 when they all map to one point (inserted text). */
  private readonly linear: number[] = [];
  private length = 0;
  private lastSourceEnd = -1;

  /** The derived string grows by `count` characters copied from source[sourceStart …]. */
  copy(sourceStart: number, count: number): void {
    if (count <= 0) return;
    const last = this.linear.length - 1;
    if (last >= 0 && this.linear[last] === 1 && this.lastSourceEnd === sourceStart) {
      // Contiguous with the previous copy: extend it rather than open a segment.
    } else {
      this.push(sourceStart, 1);
    }
    this.length += count;
    this.lastSourceEnd = sourceStart + count;
  }

  /** The derived string grows by `count` inserted characters that stand for source position `sourceAt`. */
  insert(sourceAt: number, count: number): void {
    if (count <= 0) return;
    this.push(sourceAt, 0);
    this.length += count;
    this.lastSourceEnd = -1;
  }

  private push(sourceStart: number, linear: number): void {
    this.derivedStarts.push(this.length);
    this.sourceStarts.push(sourceStart);
    this.linear.push(linear);
  }

  /** Freeze into a lookup function. `sourceLength` is what the end of the derived string maps to. */
  build(sourceLength: number): (offset: number) => number {
    const starts = Int32Array.from(this.derivedStarts);
    const sources = Int32Array.from(this.sourceStarts);
    const linear = Uint8Array.from(this.linear);
    const length = this.length;
    return (offset: number): number => {
      if (!Number.isInteger(offset) || offset < 0 || offset > length) {
        throw new RangeError(`offset ${offset} is outside the normalised text (0…${length})`);
      }
      if (offset === length || starts.length === 0) return sourceLength;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return sources[lo]! + (linear[lo] === 1 ? offset - starts[lo]! : 0);
    };
  }
}
