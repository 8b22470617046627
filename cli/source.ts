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

// A <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">.
const META_CHARSET = /<meta[^>]*?charset\s*=\s*["']?([\w.:-]+)/i;
/** Browsers look for the charset in the first 1024 bytes. */
const SNIFF_BYTES = 1024;

/**
 * The text of an HTML file's bytes: UTF-16 when a byte order mark says so; else UTF-8 when the bytes are
 * valid UTF-8 (saved pages are often re-encoded to UTF-8 while still declaring their old charset, as the
 * readability-pages "qq" page declares gb2312); else the <meta> charset of the first 1024 bytes; else
 * UTF-8 with U+FFFD for bad bytes.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the page's own charset, if this Node knows it.
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  if (label) {
    try {
      const decoder = new TextDecoder(label);
      return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
    } catch {
      // An unknown label: fall through to UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Windows-1252 bytes 0x80-0x9F (curly quotes, dashes, the euro sign), which Node 20's TextDecoder decodes
 * as C1 control characters (ISO-8859-1) although it names the encoding windows-1252. Quotes in old
 * English news pages are exactly these bytes. Unassigned bytes stay as their C1 code points.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const part = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : String.fromCharCode(b),
    );
    text += part.join('');
  }
  return text;
}

/**
 * Reads and analyzes one input: a file, or standard input for "-". It is HTML when `allHtml` or when the
 * file name says so (`isHtmlName`), plain text otherwise.
 * Text files are decoded as UTF-8 with a BOM dropped; HTML files by `decodeHtml`. Throws the read error
 * (ENOENT, EISDIR...) as is.
 */
export async function analyzeInput(
  file: string,
  allHtml: boolean,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<FileResult> {
  const bytes = file === '-' ? await readAll(stdin) : await readFile(file);
  const html = allHtml || (file !== '-' && isHtmlName(file));
  return analyzeContent(file, html ? decodeHtml(bytes) : new TextDecoder('utf-8').decode(bytes), html);
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
