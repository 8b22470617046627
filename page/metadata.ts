/**
 * Page metadata for attribution lines ("— Ann Lee, quoted in The Daily Example, 3 May 2026"): meta tags,
 * Open Graph, and schema.org JSON-LD. Standard DOM only (also used with linkedom documents).
 */
import type { PageMetadata } from '../protocol/messages.ts';

/** Meta names and properties for each field, most specific first. */
const META = {
  title: ['og:title', 'twitter:title', 'dc.title'],
  siteName: ['og:site_name', 'application-name', 'publisher'],
  byline: ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author'],
  published: ['article:published_time', 'date', 'dc.date', 'publish-date', 'pubdate', 'parsely-pub-date', 'sailthru.date'],
} as const; // prettier-ignore

/** JSON-LD types that describe an article. */
const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|WebPage/;

/** Reads what the page says about itself; absent fields are left out. Never throws. */
export function readMetadata(doc: Document, pageUrl?: string): PageMetadata {
  const meta = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (!key || !content) continue;
    // Some pages put several properties in one attribute: property="og:title twitter:title".
    for (const k of key.split(/\s+/)) if (!meta.has(k)) meta.set(k, content);
  }
  const first = (keys: readonly string[]) => keys.map((k) => meta.get(k)).find((v) => v !== undefined);
  const ld = readJsonLd(doc);
  const result: PageMetadata = {};
  const title = first(META.title) ?? ld.title ?? doc.title?.trim();
  if (title) result.title = title;
  const siteName = first(META.siteName) ?? ld.siteName;
  if (siteName) result.siteName = siteName;
  const byline = ld.byline ?? first(META.byline);
  if (byline && !/^https?:/.test(byline)) result.byline = byline;
  const published = first(META.published) ?? ld.published;
  if (published) result.published = published;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('og:url');
  const url = absolute(canonical, pageUrl) ?? pageUrl;
  if (url) result.url = url;
  return result;
}

interface LdFields {
  title?: string;
  siteName?: string;
  byline?: string;
  published?: string;
}

function readJsonLd(doc: Document): LdFields {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of flatten(data)) {
      const type = item['@type'];
      const types = Array.isArray(type) ? type.join(' ') : String(type ?? '');
      if (!ARTICLE_TYPES.test(types)) continue;
      const fields: LdFields = {};
      const title = str(item.headline) ?? str(item.name);
      if (title) fields.title = title;
      const publisher = item.publisher as Record<string, unknown> | undefined;
      const siteName = str(publisher?.name);
      if (siteName) fields.siteName = siteName;
      const authors = (Array.isArray(item.author) ? item.author : [item.author])
        .map((a) => (typeof a === 'string' ? a : str((a as Record<string, unknown> | undefined)?.name)))
        .filter((a): a is string => !!a);
      if (authors.length) fields.byline = authors.join(', ');
      const published = str(item.datePublished);
      if (published) fields.published = published;
      return fields;
    }
  }
  return {};
}

function flatten(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (typeof data !== 'object' || data === null) return [];
  const item = data as Record<string, unknown>;
  return [item, ...(Array.isArray(item['@graph']) ? flatten(item['@graph']) : [])];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function absolute(href: string | undefined | null, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
