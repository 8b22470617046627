// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { readMetadata } from './metadata.ts';

function load(head: string): Document {
  // The fixtures are this file's own markup.
  // eslint-disable-next-line no-unsanitized/property
  document.head.innerHTML = head;
  return document;
}

test.each([
  [
    'Open Graph and meta tags',
    `<title>Page title</title><meta property="og:title" content="OG title"><meta property="og:site_name" content="The Ledger">
     <meta name="author" content="Nora Feld"><meta property="article:published_time" content="2026-03-14T09:30:00Z">
     <link rel="canonical" href="/news/a">`,
    {
      title: 'OG title',
      siteName: 'The Ledger',
      byline: 'Nora Feld',
      published: '2026-03-14T09:30:00Z',
      url: 'https://ledger.example/news/a',
    },
  ],
  [
    'JSON-LD in a @graph, authors joined, the byline preferred from JSON-LD',
    `<title>T</title><meta name="author" content="Desk">
     <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"LD headline",
     "author":[{"@type":"Person","name":"Ann Lee"},{"name":"Tom Becker"}],"datePublished":"2026-01-02","publisher":{"name":"LD Times"}}]}</script>`,
    {
      title: 'LD headline',
      siteName: 'LD Times',
      byline: 'Ann Lee, Tom Becker',
      published: '2026-01-02',
      url: 'https://ledger.example/page',
    },
  ],
  [
    'several properties in one attribute; a URL as author is no byline; broken JSON-LD is ignored',
    `<title> Plain title </title><meta property="og:site_name twitter:site" content="Both"><meta name="author" content="https://x.example/me">
     <script type="application/ld+json">{not json</script>`,
    { title: 'Plain title', siteName: 'Both', url: 'https://ledger.example/page' },
  ],
])('%s', (_name, head, expected) => {
  expect(readMetadata(load(head), 'https://ledger.example/page')).toEqual(expected);
});
