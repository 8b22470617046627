import { parseHTML } from 'linkedom';
import { readArticle } from '../page/extract.ts';

/** The article text of a page (offsets of its Analysis refer to `text`) and why it may be short. */
export interface Article {
  text: string;
  /** Set when the text was cut or nothing was found ("page text cut at 500000 characters"). */
  note?: string;
}

/**
 * The article text of an HTML page, as the extension reads it: linkedom parses the page and
 * `readArticle` (page/extract.ts) picks the article and turns it into text. The "is this an article?" gate
 * is skipped: whoever hands the CLI a page wants it read. Never throws on bad HTML.
 */
export function readHtml(html: string): Article {
  const { document } = parseHTML(asDocument(html));
  const { text, note } = readArticle(document as unknown as Document, { force: true });
  return note === undefined ? { text } : { text, note };
}

const HTML_TAG = /<html[\s>]/i;
const BODY_TAG = /<body[\s>]/i;
const HEAD_TAG = /<head[\s>]/i;
const DOCTYPE = /^\s*<!doctype[^>]*>/i;

/**
 * `html` as a whole document. linkedom gives a document without a body for a fragment
 * ("<p>Hi</p>" becomes a document whose root element is the <p>), so fragments are wrapped.
 */
export function asDocument(html: string): string {
  if (HTML_TAG.test(html)) return html;
  const rest = html.replace(DOCTYPE, '');
  const body = BODY_TAG.exec(rest);
  let inner: string;
  if (!body) inner = `<body>${rest}</body>`;
  else if (HEAD_TAG.test(rest)) inner = rest;
  else inner = `<head>${rest.slice(0, body.index)}</head>${rest.slice(body.index)}`;
  return `<!doctype html><html>${inner}</html>`;
}
