import { describe, expect, test } from 'vitest';
import { asDocument, readHtml } from '../../cli/html.ts';
import { decodeHtml, isHtmlName } from '../../cli/source.ts';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeHtml', () => {
  test.each([
    ['UTF-8 without a charset', utf8('<p>“Hi”</p>'), '<p>“Hi”</p>'],
    // Valid UTF-8 wins over a stale declaration (saved pages are often re-encoded).
    [
      'UTF-8 declaring gb2312',
      utf8('<meta charset="gb2312"><p>中文</p>'),
      '<meta charset="gb2312"><p>中文</p>',
    ],
    [
      'windows-1252 by <meta charset>',
      latin1('<meta charset=windows-1252><p>\x93Hi\x94</p>'),
      '<meta charset=windows-1252><p>“Hi”</p>',
    ],
    [
      'windows-1252 by http-equiv',
      latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>caf\xe9</p>'),
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>café</p>',
    ],
    ['UTF-16LE by its byte order mark', Uint8Array.of(0xff, 0xfe, 0x3c, 0, 0x70, 0, 0x3e, 0), '<p>'],
    ['bad bytes, no charset', latin1('<p>\xff</p>'), '<p>\uFFFD</p>'],
    [
      'bad bytes, unknown charset',
      latin1('<meta charset="x-nonsense"><p>\xff</p>'),
      '<meta charset="x-nonsense"><p>\uFFFD</p>',
    ],
  ])('%s', (_name, bytes, text) => {
    expect(decodeHtml(bytes)).toBe(text);
  });
});

describe('isHtmlName', () => {
  test.each([
    ['page.html', true],
    ['PAGE.HTM', true],
    ['a/b.xhtml', true],
    ['notes.txt', false],
    ['html', false],
    ['page.html.txt', false],
  ])('%s', (name, html) => {
    expect(isHtmlName(name)).toBe(html);
  });
});

describe('HTML fragments', () => {
  test.each([
    ['<p>Hi</p>', '<!doctype html><html><body><p>Hi</p></body></html>'],
    ['<!DOCTYPE html><p>Hi</p>', '<!doctype html><html><body><p>Hi</p></body></html>'],
    [
      '<title>T</title><body><p>Hi</p></body>',
      '<!doctype html><html><head><title>T</title></head><body><p>Hi</p></body></html>',
    ],
    ['<html><body>kept</body></html>', '<html><body>kept</body></html>'],
  ])('asDocument(%j)', (html, document) => {
    expect(asDocument(html)).toBe(document);
  });

  test.each(['<p>“We will win,” Mara Quillon said.</p>', 'just text “We will win,” Mara Quillon said.'])(
    'a fragment is read as a page: %j',
    (html) => {
      expect(readHtml(html).text).toBe(html.replace(/<\/?p>/g, ''));
    },
  );
});
