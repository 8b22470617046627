/** The one message between the background and the offscreen document: copy this text. Answers `{ ok: boolean }`. */
export const OFFSCREEN_COPY = 'whosaid-offscreen/copy';

export interface OffscreenCopy {
  type: typeof OFFSCREEN_COPY;
  text: string;
}

/** Narrows an unknown runtime message to an OffscreenCopy, or null. */
export function asOffscreenCopy(message: unknown): OffscreenCopy | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  return m.type === OFFSCREEN_COPY && typeof m.text === 'string'
    ? { type: OFFSCREEN_COPY, text: m.text }
    : null;
}
