// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../protocol/settings.ts';
import type { Analysis, Statement } from '../lib/types.ts';
import { rangeFor, readArticle } from './extract.ts';
import {
  DEFAULT_COLORS,
  clearHighlights,
  ensureStyles,
  hasHighlights,
  HIGHLIGHT_NAMES,
  highlightCss,
  paintHighlights,
  planHighlights,
  spanMapper,
  type HighlightPlan,
} from './highlight.ts';

const FILLER =
  'The council met on Tuesday evening in the old town hall to discuss the budget for next year and the bridge.';
const HTML = `<article>
  <p>“We will <em>build</em> it,” said Ann Lee. ${FILLER}</p>
  <p>“Not this year,” said Tom Becker. He said the money was gone. ${FILLER}</p>
  <p>“We will find it,” Lee said. “Maybe,” someone shouted. ${FILLER}</p></article>`;

function setup() {
  // The fixture is this file's own markup.
  // eslint-disable-next-line no-unsanitized/property
  document.body.innerHTML = HTML;
  const page = readArticle(document);
  const at = (needle: string) => {
    const start = page.text.indexOf(needle);
    expect(start).toBeGreaterThanOrEqual(0);
    return { start, end: start + needle.length, text: needle };
  };
  const quote = (id: string, words: string, speaker: string | null, kind: Statement['kind'] = 'direct') => ({
    id,
    kind,
    text: words,
    spans: [at(words)],
    speaker: speaker ? { name: speaker, personId: speaker === 'Ann Lee' ? 'p1' : 'p2' } : null,
    cue: null,
  });
  const analysis: Analysis = {
    people: [
      {
        id: 'p1',
        name: 'Ann Lee',
        mentions: [at('Ann Lee'), at('Lee said')].map((s) => ({ ...s, end: s.start + 3, text: 'Lee' })),
      },
      { id: 'p2', name: 'Tom Becker', mentions: [at('Tom Becker')] },
    ],
    statements: [
      quote('s1', 'We will build it,', 'Ann Lee'),
      quote('s2', 'Not this year,', 'Tom Becker'),
      quote('s3', 'the money was gone', 'Tom Becker', 'indirect'),
      quote('s4', 'We will find it,', 'Ann Lee'),
      quote('s5', 'Maybe,', null),
    ],
  };
  return { page, analysis };
}

/** The DOM text of each planned range, by name. */
function texts(plan: HighlightPlan): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, ranges] of plan) {
    out[name] = ranges.map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }
  return out;
}

describe('planHighlights', () => {
  test('quotes get one tint each, by speaker; reported speech and people their own names', () => {
    const { page, analysis } = setup();
    expect(texts(planHighlights(page, analysis))).toEqual({
      'whosaid-quote': ['We will build it,', 'Not this year,', 'We will find it,', 'Maybe,'],
      'whosaid-speaker-0': ['We will build it,', 'We will find it,'],
      'whosaid-speaker-1': ['Not this year,'],
      'whosaid-unattributed': ['Maybe,'],
      'whosaid-reported': ['the money was gone'],
      'whosaid-person': ['Ann', 'Lee', 'Tom Becker'],
    });
  });

  test.each([
    [
      'one colour for every quote',
      { tintBySpeaker: false },
      ['whosaid-person', 'whosaid-quote', 'whosaid-reported', 'whosaid-speaker-0'],
    ],
    [
      'no people',
      { people: false },
      ['whosaid-quote', 'whosaid-reported', 'whosaid-speaker-0', 'whosaid-speaker-1', 'whosaid-unattributed'],
    ],
    ['no quotes', { quotes: false }, ['whosaid-person']],
  ])('%s', (_name, options, names) => {
    const { page, analysis } = setup();
    expect([...planHighlights(page, analysis, options).keys()].sort()).toEqual(names.sort());
  });
});

describe('spanMapper', () => {
  /** Spans over the whole text, several lengths from every 3rd offset (some only block separators, some empty). */
  function spans(length: number): [number, number][] {
    const out: [number, number][] = [];
    for (let start = 0; start <= length; start += 3)
      for (const size of [0, 1, 2, 9, 40, 250]) out.push([start, Math.min(length + 5, start + size)]);
    return out;
  }
  /** A fixed shuffle (a linear congruential generator), so a failure repeats. */
  function shuffled<T>(xs: T[]): T[] {
    const out = [...xs];
    let seed = 12345;
    for (let i = out.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  test.each([
    ['in document order', (xs: [number, number][]) => xs],
    ['in reverse order', (xs: [number, number][]) => [...xs].reverse()],
    ['in no order', shuffled],
  ])('maps spans %s exactly as rangeFor does', (_name, order) => {
    // Paragraphs of many text nodes: inline markup every few words.
    const paragraph = (i: number) =>
      `<p>Paragraph ${i}: “We will <em>build</em> it,” said <a href="#a">Ann Lee</a>, and ` +
      `<b>the <i>council</i></b> agreed on <span>Tuesday</span> evening. ${FILLER}</p>`;
    // The fixture is this file's own markup.
    // eslint-disable-next-line no-unsanitized/property
    document.body.innerHTML = `<article>${[1, 2, 3, 4].map(paragraph).join('')}</article>`;
    const page = readArticle(document);
    expect(page.runs.length).toBeGreaterThan(30);
    const rangeOf = spanMapper(page);
    const all = order(spans(page.text.length));
    const mapped = all.map(([start, end]) => rangeOf(start, end));
    expect(mapped).toEqual(all.map(([start, end]) => rangeFor(page, start, end)));
    // Not only nulls: most spans cover text.
    expect(mapped.filter(Boolean).length).toBeGreaterThan(all.length / 2);
  });

  test('maps nothing on a page with no text', () => {
    expect(spanMapper({ text: '', runs: [], root: null })(0, 5)).toBeNull();
  });
});

/** A stand-in for the CSS Custom Highlight API (happy-dom has none): a Map as the registry. */
function fakeHighlightApi() {
  class FakeHighlight {
    ranges: Range[];
    priority = 0;
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  const registry = new Map<string, FakeHighlight>();
  const saved = { CSS: Object.getOwnPropertyDescriptor(window, 'CSS') };
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.assign(window, { Highlight: FakeHighlight });
  const restore = () => {
    if (saved.CSS) Object.defineProperty(window, 'CSS', saved.CSS);
    else delete (window as { CSS?: unknown }).CSS;
    delete (window as { Highlight?: unknown }).Highlight;
  };
  return { registry, restore };
}

describe('planHighlights and paintHighlights: one range per span', () => {
  /** A stand-in for the CSS Custom Highlight API (happy-dom has none): a Map registry, Highlights as lists. */

  test('a quote’s span is one record, listed under whosaid-quote and under its tint', () => {
    const { page, analysis } = setup();
    const plan = planHighlights(page, analysis);
    const quotes = plan.get(HIGHLIGHT_NAMES.quote)!;
    const tinted = [
      ...plan.get('whosaid-speaker-0')!,
      ...plan.get('whosaid-speaker-1')!,
      ...plan.get('whosaid-unattributed')!,
    ];
    expect(quotes).toHaveLength(4);
    expect(new Set(tinted)).toEqual(new Set(quotes));
  });

  test('paintHighlights makes one DOM Range per record, shared by the highlights that list it', () => {
    const { registry, restore } = fakeHighlightApi();
    const { page, analysis } = setup();
    let made = 0;
    const createRange = document.createRange.bind(document);
    document.createRange = () => {
      made++;
      return createRange();
    };
    try {
      const drawn = paintHighlights(document, planHighlights(page, analysis));
      // 4 quotes (each under two names), 1 reported, 3 person mentions.
      expect(drawn).toBe(4 * 2 + 1 + 3);
      expect(made).toBe(4 + 1 + 3);
      const quotes = registry.get(HIGHLIGHT_NAMES.quote)!.ranges;
      expect(quotes.map(String)).toEqual([
        'We will build it,',
        'Not this year,',
        'We will find it,',
        'Maybe,',
      ]);
      expect(registry.get('whosaid-speaker-0')!.ranges).toEqual([quotes[0], quotes[2]]);
      expect(registry.get('whosaid-speaker-0')!.ranges[0]).toBe(quotes[0]);
      expect(registry.get('whosaid-unattributed')!.ranges[0]).toBe(quotes[3]);
      expect(registry.get(HIGHLIGHT_NAMES.person)!.ranges.map(String)).toEqual(['Ann', 'Lee', 'Tom Becker']);
    } finally {
      document.createRange = createRange;
      restore();
    }
  });
});

describe('hasHighlights: whether a pass with nothing to draw has anything to remove', () => {
  test('true after a paint that drew, false after a paint with nothing to draw and after clearing', () => {
    const { registry, restore } = fakeHighlightApi();
    const { page, analysis } = setup();
    try {
      clearHighlights(document); // (an earlier test painted in this document)
      expect(hasHighlights(document)).toBe(false);
      paintHighlights(document, planHighlights(page, analysis));
      expect(hasHighlights(document)).toBe(true);
      // Nothing to draw: what was drawn is removed, and nothing is left.
      paintHighlights(document, planHighlights(page, { people: [], statements: [] }));
      expect(registry.size).toBe(0);
      expect(hasHighlights(document)).toBe(false);
      paintHighlights(document, planHighlights(page, analysis));
      clearHighlights(document);
      expect(registry.size).toBe(0);
      expect(hasHighlights(document)).toBe(false);
    } finally {
      restore();
    }
  });
});

describe('highlightCss', () => {
  test('uses the user colours translucent, and the defaults for malformed ones', () => {
    expect(highlightCss({ quote: '#00ff00', person: '#123456' })).toContain('rgba(0, 255, 0, 0.42)');
    expect(highlightCss({ quote: '#00ff00', person: '#123456' })).toContain(
      'underline solid rgba(18, 52, 86, 0.95)',
    );
    expect(highlightCss({ quote: 'red; } body { display: none', person: '' })).toBe(highlightCss());
  });

  test('the default colours are the settings’ defaults', () => {
    expect(DEFAULT_COLORS).toEqual(DEFAULT_SETTINGS.colors);
    expect(highlightCss(DEFAULT_SETTINGS.colors)).toContain('background-color: rgba(255, 213, 79, 0.42)');
    expect(highlightCss(DEFAULT_SETTINGS.colors)).toContain('underline solid rgba(144, 202, 249, 0.95)');
  });

  test('the content script’s stylesheet is highlightCss in the default colours', () => {
    /** The rules without comments and layout (Prettier formats the .css file). */
    const rules = (css: string) =>
      css
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};])\s*/g, '$1')
        .trim();
    const file = readFileSync(resolve(import.meta.dirname, '../entrypoints/content/highlights.css'), 'utf8');
    expect(rules(file)).toBe(rules(highlightCss()));
    expect(rules(file)).toContain(
      '::highlight(whosaid-speaker-0){background-color: rgba(255, 213, 79, 0.42);}',
    );
  });
});

describe('ensureStyles', () => {
  test('adopts a sheet only for colours other than the defaults, and removes it when they come back', () => {
    document.adoptedStyleSheets = [];
    // The defaults are the content script's own CSS: nothing to adopt, the page's styles do not change.
    expect(ensureStyles(document, { ...DEFAULT_COLORS })).toBe(false);
    expect(ensureStyles(document, { quote: '#FFD54F', person: '#90CAF9' })).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(ensureStyles(document, { quote: '#ff0000', person: DEFAULT_COLORS.person })).toBe(true);
    // (happy-dom drops ::highlight() rules; the colours drawn are checked in tests/browser/popup.test.ts.)
    expect(document.adoptedStyleSheets).toHaveLength(1);
    // The same colours again: nothing changes. No colours (the popup's flash): what is there stays.
    expect(ensureStyles(document, { quote: '#ff0000', person: DEFAULT_COLORS.person })).toBe(false);
    expect(ensureStyles(document)).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(ensureStyles(document, DEFAULT_COLORS)).toBe(true);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(ensureStyles(document, DEFAULT_COLORS)).toBe(false);
  });

  test.each([
    ['the defaults in capitals', { quote: '#FFD54F', person: '#90CAF9' }],
    ['malformed colours, drawn in the defaults', { quote: 'red; } body { display: none', person: '' }],
  ])('%s remove our adopted sheet like the defaults', (_name, colors) => {
    document.adoptedStyleSheets = [];
    expect(ensureStyles(document, { quote: '#00ff00', person: '#0000ff' })).toBe(true);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(ensureStyles(document, colors)).toBe(true);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  test('keeps the page’s own adopted sheets', () => {
    const own = new CSSStyleSheet();
    own.replaceSync('p { color: navy; }');
    document.adoptedStyleSheets = [own];
    ensureStyles(document, { quote: '#00ff00', person: '#0000ff' });
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(own);
    ensureStyles(document, DEFAULT_COLORS);
    expect(document.adoptedStyleSheets).toEqual([own]);
  });
});
