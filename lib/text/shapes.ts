import type { Token } from './tokens.ts';

/**
 * A word's shape: its first and last UTF-16 unit and its length, hashed into SHAPE_BITS slots. A table of
 * the shapes of a word list tells, from a token's `head`, `tail` and length alone, that the token is not in
 * the list (most tokens, for a short list), without reading the token's string or hashing it for a lookup.
 * Different words may share a slot, so a set slot only says "look it up".
 */
const SHAPE_BITS = 4096;

function shapeSlot(head: number, tail: number, length: number): number {
  return ((head * 31 + tail) * 37 + length) & (SHAPE_BITS - 1);
}

/** The shapes of `words` (each non-empty), one byte per slot: 1 where some word of the list has that shape. */
export function wordShapes(words: Iterable<string>): Uint8Array {
  const shapes = new Uint8Array(SHAPE_BITS);
  for (const w of words) {
    if (w.length > 0) shapes[shapeSlot(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] = 1;
  }
  return shapes;
}

/** Whether the token's text may be one of the words whose shapes these are (false: it is none of them). */
export function mayBeIn(shapes: Uint8Array, t: Token): boolean {
  return shapes[shapeSlot(t.head, t.tail, t.end - t.start)] === 1;
}

/** `mayBeIn` for a word given as a string (a lower-cased token, say): false when it is none of the words. */
export function mayBeWord(shapes: Uint8Array, w: string): boolean {
  return w.length > 0 && shapes[shapeSlot(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] === 1;
}

/**
 * A set with its shapes in front: `has` answers as the set's does, passing over most words that are not
 * in it by their first letter, last letter and length, without hashing them.
 */
export class ShapedSet {
  private readonly shapes: Uint8Array;
  constructor(private readonly words: ReadonlySet<string>) {
    this.shapes = wordShapes(words);
  }
  has(w: string): boolean {
    return mayBeWord(this.shapes, w) && this.words.has(w);
  }
}
