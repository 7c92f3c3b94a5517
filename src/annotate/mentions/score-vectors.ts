/**
 * Per-class score vectors for the document tagger: the order of the classes in a vector (those
 * that may follow O first), the check that regrouping sums of weights changes no score, and a
 * growing pool of doubles that holds the vectors.
 */
import { CLASS_COUNT } from './perceptron-tagger.js';

const CLASSES = CLASS_COUNT;
/** A bound on the weight rows one token's score adds up (about 60 in the shipped feature set). */
const MAX_TERMS = 1024;
/**
 * The order of the classes in every vector: first those that may follow O or a sentence start
 * (O, then B- and U- of each type), then the I- and L- pair of each type (all that may follow a
 * B- or I- of that type), each group in class order. A token's score is summed only over the
 * classes that may follow the previous tag.
 */
export const ORDER = Int32Array.from([0, ...[0, 1, 2, 3].flatMap((type) => [1 + type * 4, 4 + type * 4]), ...[0, 1, 2, 3].flatMap((type) => [2 + type * 4, 3 + type * 4])]);
/** How many classes may follow O, a sentence start, an L- or a U- class. */
const OPENING_CLASSES = 9;

/**
 * Whether every sum of up to `terms` of these weights is exact in a double, in any order: all
 * weights are multiples of the last bit of the smallest one, and `terms` times the largest fits
 * in 53 bits of that unit.
 */
export function sumsAreExact(weights: Float32Array, terms: number = MAX_TERMS): boolean {
  let smallest = Infinity;
  let largest = 0;
  for (const weight of weights) {
    if (weight === 0) continue;
    const size = Math.abs(weight);
    if (size < smallest) smallest = size;
    if (size > largest) largest = size;
  }
  if (largest === 0) return true;
  // Note: below 2^-126 a float has fewer bits and a smaller last bit than its exponent says.
  if (smallest < 2 ** -126 || !Number.isFinite(largest)) return false;
  let exponent = Math.floor(Math.log2(smallest));
  while (2 ** exponent > smallest) exponent -= 1;
  while (2 ** (exponent + 1) <= smallest) exponent += 1;
  const unit = 2 ** (exponent - 23);
  return terms * largest <= 2 ** 53 * unit;
}

/** Add the weights of feature `id` to the vector at `at`, in {@link ORDER}. */
export function addRow(into: Float64Array, at: number, weights: Float32Array, id: number): void {
  if (id < 0) return;
  const base = id * CLASSES;
  for (let position = 0; position < CLASSES; position += 1) into[at + position] = (into[at + position] ?? 0) + (weights[base + (ORDER[position] ?? 0)] ?? 0);
}

/** The first position in {@link ORDER} of the classes that may follow class `tag1`, and how many there are (packed as first * 32 + count). */
export function followers(tag1: number): number {
  // Note: after B- or I- (parts 0 and 1) only the I- and L- of that type may come; see allowedAfter.
  if (tag1 > 0 && tag1 < CLASSES && (tag1 - 1) % 4 < 2) return (OPENING_CLASSES + 2 * ((tag1 - 1) >> 2)) * 32 + 2;
  return OPENING_CLASSES;
}

/** A growing pool of doubles holding score vectors in {@link ORDER}; a vector is known by its offset. */
export class VectorPool {
  readonly #weights: Float32Array;
  #data = new Float64Array(1 << 16);
  #used = 0;

  /** A pool over the weights `[feature * CLASS_COUNT + class]`. */
  constructor(weights: Float32Array) {
    this.#weights = weights;
  }

  /** The vectors (read after making new ones: making one may grow the pool). */
  get data(): Float64Array {
    return this.#data;
  }

  /** Drop every vector. */
  clear(): void {
    this.#data.fill(0);
    this.#used = 0;
  }

  /** Room for `size` doubles (zeroed); returns its offset. */
  allocate(size: number): number {
    if (this.#used + size > this.#data.length) {
      const grown = new Float64Array(Math.max(this.#data.length * 2, this.#used + size));
      grown.set(this.#data.subarray(0, this.#used));
      this.#data = grown;
    }
    const at = this.#used;
    this.#used += size;
    return at;
  }

  /** Add the weights of feature `id` (skipped below 0) to the vector at `at`. */
  addRow(at: number, id: number): void {
    addRow(this.#data, at, this.#weights, id);
  }

  /** A new vector of the sum of the rows of `ids` (ids below 0 skipped). */
  sum(ids: ArrayLike<number>): number {
    const at = this.allocate(CLASSES);
    for (let index = 0; index < ids.length; index += 1) addRow(this.#data, at, this.#weights, ids[index] ?? -1);
    return at;
  }
}
