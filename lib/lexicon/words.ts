/** Builds a lookup set from a space-separated word table (tables are written as strings to stay compact). */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}
