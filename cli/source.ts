import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { analyze, type Analysis } from '../lib/index.ts';
import { readHtml } from './html.ts';

/** One analyzed input of file mode. */
export interface FileResult {
  /** The name as given on the command line; "-" for standard input. */
  file: string;
  /** The analyzed text: the file itself, or the article text read from HTML. Offsets refer to it. */
  text: string;
  /** Whether `text` was read out of HTML. */
  fromHtml: boolean;
  /** From reading HTML: why the text may be short or empty ("not an article", "page text cut at ..."). */
  note?: string;
  analysis: Analysis;
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** Whether a file name says HTML (.html, .htm, .xhtml; any case). Everything else is read as plain text. */
export function isHtmlName(file: string): boolean {
  return HTML_EXTENSIONS.has(extname(file).toLowerCase());
}

/** Analyzes the content of one input: HTML goes through `readHtml` first. */
export function analyzeContent(file: string, content: string, html: boolean): FileResult {
  if (!html) return { file, text: content, fromHtml: false, analysis: analyze(content) };
  const { text, note } = readHtml(content);
  const result: FileResult = { file, text, fromHtml: true, analysis: analyze(text) };
  if (note !== undefined) result.note = note;
  return result;
}

/**
 * Reads and analyzes one input: a file, or standard input for "-" (plain text unless `stdinHtml`).
 * Files are decoded as UTF-8 with a BOM dropped. Throws the read error (ENOENT, EISDIR...) as is.
 */
export async function analyzeInput(
  file: string,
  stdinHtml: boolean,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<FileResult> {
  if (file === '-') return analyzeContent(file, await readAll(stdin), stdinHtml);
  const content = new TextDecoder('utf-8').decode(await readFile(file));
  return analyzeContent(file, content, isHtmlName(file));
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of stream)
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
