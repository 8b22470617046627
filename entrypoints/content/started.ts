/**
 * When the content script's own modules began to run: index.ts imports this file first, so it is evaluated
 * before the parser's modules build their word tables. `startupMs` (session.ts) counts from here.
 */
export const STARTED_AT = performance.now();
