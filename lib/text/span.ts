import type { Span } from '../types.ts';

/** The span `[start, end)` of `text`, with the text it covers. */
export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
