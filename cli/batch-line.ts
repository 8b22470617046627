import { analyze } from '../lib/index.ts';
import { readHtml } from './html.ts';

/** A line's id as given: batch copies it to the output unchanged. */
export type LineId = string | number;

/** One valid input line of `whosaid batch`, tagged by `kind`. */
export type BatchInput =
  { kind: 'text'; id: LineId; text: string } | { kind: 'html'; id: LineId; html: string; url?: string };

/** A line that cannot be analyzed: its id when one could be read, and why. */
export interface BatchError {
  kind: 'error';
  id: LineId | null;
  error: string;
}

/**
 * Reads one JSON Lines input line: `{"id": ..., "text": ...}` or `{"id": ..., "html": ..., "url"?: ...}`.
 * The id must be a string or a number; other keys are ignored. Returns a BatchError for anything else.
 */
export function parseBatchLine(line: string): BatchInput | BatchError {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'error', id: null, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'error', id: null, error: 'a line must be a JSON object like {"id": 1, "text": "..."}' };
  }
  const record = value as Record<string, unknown>;
  const rawId = record['id'];
  const id =
    typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : null;
  const fail = (error: string): BatchError => ({ kind: 'error', id, error });
  if (id === null) {
    return fail(rawId === undefined ? 'missing "id"' : '"id" must be a string or a number');
  }
  const { text, html, url } = record;
  if (text !== undefined && html !== undefined) return fail('give "text" or "html", not both');
  if (text !== undefined) {
    if (typeof text !== 'string') return fail('"text" must be a string');
    return { kind: 'text', id, text };
  }
  if (html !== undefined) {
    if (typeof html !== 'string') return fail('"html" must be a string');
    if (url !== undefined && typeof url !== 'string') return fail('"url" must be a string');
    return url === undefined ? { kind: 'html', id, html } : { kind: 'html', id, html, url };
  }
  return fail('missing "text" or "html"');
}

/** An output line of batch, without its newline, and whether it is an error line. */
export interface BatchOutput {
  out: string;
  failed: boolean;
}

/**
 * The output for one input line: `{"id","people","statements"}`, plus `"text"` (the text the offsets refer
 * to) for HTML input, or `{"id","error"}`. Never throws.
 */
export function processLine(line: string): BatchOutput {
  const input = parseBatchLine(line);
  switch (input.kind) {
    case 'error':
      return failure(input.id, input.error);
    case 'text':
      return attempt(input.id, () => JSON.stringify({ id: input.id, ...analyze(input.text) }));
    case 'html':
      return attempt(input.id, () => {
        const { text } = readHtml(input.html);
        return JSON.stringify({ id: input.id, ...analyze(text), text });
      });
    default:
      throw new Error(`unknown input kind ${(input as { kind: string }).kind}`);
  }
}

/** The error output `{"id": id, "error": message}`. */
export function failure(id: LineId | null, message: string): BatchOutput {
  return { out: JSON.stringify({ id, error: message }), failed: true };
}

/** The id of a raw line when it is readable, for error lines written outside processLine. */
export function idOfLine(line: string): LineId | null {
  const input = parseBatchLine(line);
  return input.id;
}

function attempt(id: LineId, run: () => string): BatchOutput {
  try {
    return { out: run(), failed: false };
  } catch (error) {
    // The parser is meant to be total; an exception here is a bug worth reporting with its id.
    return failure(id, `analysis failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
