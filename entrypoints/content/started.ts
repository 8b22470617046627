/**
 * When the content script's own modules began to run: index.ts imports this file first, so it is evaluated
 * before the other modules set themselves up. `startupMs` (session.ts) counts from here.
 */
export const STARTED_AT = performance.now();
