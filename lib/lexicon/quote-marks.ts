/**
 * Quote marks by role. Curly and angle marks say whether they open or close; straight marks ('"' and "'")
 * are decided by their neighbours in lib/quotes/find-quotes.ts.
 */
export const DOUBLE_OPENERS = new Set(['“', '„', '«', '‹']);
export const DOUBLE_CLOSERS = new Set(['”', '»', '›']);
export const STRAIGHT_DOUBLE = '"';
export const SINGLE_OPENER = '‘';
export const SINGLE_CLOSER = '’';
export const STRAIGHT_SINGLE = "'";

/** Every character that may be a quote mark; the scanner looks only at these. */
export const QUOTE_CHARS = /["'“”„«»‹›‘’]/g;
