/**
 * Draws an Analysis over the page with the CSS Custom Highlight API: no element is added, moved or changed.
 * Ranges come from the page text's runs (page/extract.ts), found as `rangeFor` finds them. Styles in the default
 * colours come with the content script (entrypoints/content/highlights.css, `highlightCss(DEFAULT_COLORS)`),
 * injected by the browser before the page is first styled; other colours come from one constructed stylesheet
 * adopted by the document. Removing the highlights (`clearHighlights`) leaves nothing behind.
 */
import type { Analysis } from '../lib/types.ts';
import { type DomRange, firstRunEndingAfter, type PageText, rangeInRuns } from './extract.ts';

/** Every highlight name we register; all start with `whosaid-` (DESIGN.md). */
export const HIGHLIGHT_NAMES = {
  /** Direct and partial quotes: the quoted words. */
  quote: 'whosaid-quote',
  /**
   * Reported speech (indirect statements). Registered but drawn with no style: the page shows quotes and
   * people, nothing else (issue 5); the name is there for other tools and a future "show reported speech".
   */
  reported: 'whosaid-reported',
  /** Every name mention of a person. */
  person: 'whosaid-person',
  /** The words of the statement being revealed from the popup, for a moment. */
  flash: 'whosaid-flash',
} as const;

/**
 * Quote colours: every quote is in `whosaid-quote` (which has no colour of its own) and in exactly one tint:
 * `whosaid-speaker-<n % 6>` for the n-th speaker in order of first statement, `whosaid-unattributed` for
 * a quote with no speaker. One tint per quote, so colours never stack into mud.
 */
export const SPEAKER_TINTS = 6;
export const speakerHighlightName = (index: number): string => `whosaid-speaker-${index % SPEAKER_TINTS}`;
export const UNATTRIBUTED = 'whosaid-unattributed';

/** The user's colours (#rrggbb): the first speaker's (or every) quote, and the people underline. */
export interface HighlightColors {
  quote: string;
  person: string;
}

/** The settings' default colours (protocol/settings.ts); entrypoints/content/highlights.css is drawn in them. */
export const DEFAULT_COLORS: HighlightColors = { quote: '#ffd54f', person: '#90caf9' };

/**
 * The stylesheet: semi-transparent backgrounds over the page's own text colour, so text stays readable on
 * light and dark pages alike (looked at in screenshots of both); an underline for people.
 * Colours other than #rrggbb fall back to the defaults (they come from storage).
 */
export function highlightCss(colors: HighlightColors = DEFAULT_COLORS): string {
  const quote = rgba(colors.quote, 0.42) ?? rgba(DEFAULT_COLORS.quote, 0.42)!;
  const person = rgba(colors.person, 0.95) ?? rgba(DEFAULT_COLORS.person, 0.95)!;
  const underline = 'text-decoration-thickness: 2px; text-underline-offset: 3px;';
  return `
::highlight(whosaid-speaker-0) { background-color: ${quote}; }
::highlight(whosaid-speaker-1) { background-color: rgba(60, 200, 120, 0.34); }
::highlight(whosaid-speaker-2) { background-color: rgba(90, 160, 255, 0.34); }
::highlight(whosaid-speaker-3) { background-color: rgba(255, 110, 160, 0.34); }
::highlight(whosaid-speaker-4) { background-color: rgba(170, 120, 255, 0.34); }
::highlight(whosaid-speaker-5) { background-color: rgba(255, 140, 60, 0.36); }
::highlight(whosaid-unattributed) { background-color: rgba(150, 150, 150, 0.3); }
::highlight(whosaid-person) { text-decoration: underline solid ${person}; ${underline} }
::highlight(whosaid-flash) { background-color: rgba(255, 110, 0, 0.7); }
`;
}

/** "#rrggbb" as "rgba(r, g, b, alpha)", or null when it is not that form. */
function rgba(hex: string, alpha: number): string | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return null;
  return `rgba(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}, ${alpha})`;
}

/**
 * The ranges of one Analysis, grouped by highlight name. A quote's span is one record listed under two names
 * (`whosaid-quote` and its tint): `paintHighlights` makes one DOM `Range` per record, shared by both.
 */
export type HighlightPlan = Map<string, DomRange[]>;

export interface PlanOptions {
  /** Tint quotes by speaker; false: every quote in one colour (`whosaid-speaker-0`). Default true. */
  tintBySpeaker?: boolean;
  /** Draw quotes and reported speech. Default true. */
  quotes?: boolean;
  /** Underline people. Default true. */
  people?: boolean;
}

/**
 * Which DOM ranges to draw under which name. Spans that map to no DOM text (only block separators)
 * are left out. Pure: reads `page` and `analysis`, touches no registry.
 */
export function planHighlights(page: PageText, analysis: Analysis, options: PlanOptions = {}): HighlightPlan {
  const plan: HighlightPlan = new Map();
  const listOf = (name: string): DomRange[] => {
    let list = plan.get(name);
    if (!list) plan.set(name, (list = []));
    return list;
  };
  const rangeOf = spanMapper(page);
  const speakers = new Map<string, number>();
  for (const statement of options.quotes === false ? [] : analysis.statements) {
    if (statement.kind === 'indirect') {
      const reported = listOf(HIGHLIGHT_NAMES.reported);
      for (const span of statement.spans) {
        const range = rangeOf(span.start, span.end);
        if (range) reported.push(range);
      }
      continue;
    }
    let tint = UNATTRIBUTED;
    if (options.tintBySpeaker === false) tint = speakerHighlightName(0);
    else if (statement.speaker) {
      const key = statement.speaker.personId ?? statement.speaker.name.toLowerCase();
      let index = speakers.get(key);
      if (index === undefined) speakers.set(key, (index = speakers.size));
      tint = speakerHighlightName(index);
    }
    const quotes = listOf(HIGHLIGHT_NAMES.quote);
    const tinted = listOf(tint);
    for (const span of statement.spans) {
      const range = rangeOf(span.start, span.end);
      if (range) {
        quotes.push(range);
        tinted.push(range);
      }
    }
  }
  if (options.people !== false) {
    const people = listOf(HIGHLIGHT_NAMES.person);
    for (const person of analysis.people)
      for (const mention of person.mentions) {
        const range = rangeOf(mention.start, mention.end);
        if (range) people.push(range);
      }
  }
  // Names with nothing to draw are not in the plan (painting removes them from the registry).
  for (const [name, list] of plan) if (list.length === 0) plan.delete(name);
  return plan;
}

/**
 * `rangeFor(page, start, end)` (page/extract.ts) as a function of (start, end) that returns the same ranges
 * faster for spans in document order, as a statement's and a person's are: each search for the run a span
 * starts in begins at the previous span's run and gallops forward (back to the first run when the span starts
 * earlier), and the run it ends in is found by stepping forward. In a cold page pass, the binary searches
 * over every run were most of the planning's time.
 */
export function spanMapper(page: PageText): (start: number, end: number) => DomRange | null {
  const runs = page.runs;
  const n = runs.length;
  /** Where the last span's search ended: every run before it ends at or before that span's start. */
  let cursor = 0;
  return (start, end) => {
    if (!(start < end)) return null;
    // The first run that ends after `start`, searched from the last span's run when every run before that one
    // ends at or before `start`.
    const from = cursor > 0 && runs[cursor - 1]!.start + runs[cursor - 1]!.length > start ? 0 : cursor;
    const lo = firstRunEndingAfter(runs, start, from);
    cursor = lo;
    const first = runs[lo];
    if (!first || first.start >= end) return null;
    // The last run that starts before `end`.
    let a = lo + 1;
    while (a < n && runs[a]!.start < end) a++;
    return rangeInRuns(first, runs[a - 1]!, start, end);
  };
}

/** The DOM `Range` for a plain range record, or null when the DOM changed under it and it no longer fits. */
export function toRange(doc: Document, r: DomRange): Range | null {
  try {
    const range = doc.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  } catch {
    return null;
  }
}

/** The highlight API of a window, or null where it is missing (older browsers, happy-dom). */
export function highlightApi(
  win: Window & typeof globalThis,
): { registry: HighlightRegistry; Highlight: typeof Highlight } | null {
  const registry = win.CSS?.highlights;
  const ctor = (win as { Highlight?: typeof Highlight }).Highlight;
  return registry && ctor ? { registry, Highlight: ctor } : null;
}

/**
 * Registers the plan's ranges in `CSS.highlights`, replacing what we registered before; names absent from
 * the plan are removed. One DOM `Range` per record of the plan, shared by every name that lists it. Returns
 * the number of ranges drawn (a range under two names counts twice). Throws only when the API is missing.
 */
export function paintHighlights(doc: Document, plan: HighlightPlan, colors?: HighlightColors): number {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const api = win && highlightApi(win);
  if (!api) throw new Error('CSS Custom Highlight API unavailable (CSS.highlights, Highlight)');
  let count = 0;
  // (An empty registry, as on a page's first pass, has nothing of ours to remove.)
  if (api.registry.size > 0)
    for (const name of ownedNames(api.registry))
      if (!plan.has(name) && name !== HIGHLIGHT_NAMES.flash) api.registry.delete(name);
  // Nothing to draw (a page that is not an article): no stylesheet either.
  if (plan.size === 0) {
    drawnIn.delete(doc);
    return 0;
  }
  drawnIn.add(doc);
  ensureStyles(doc, colors);
  const made = new Map<DomRange, Range | null>();
  for (const [name, records] of plan) {
    const ranges: Range[] = [];
    for (const record of records) {
      let range = made.get(record);
      if (range === undefined) made.set(record, (range = toRange(doc, record)));
      if (range) ranges.push(range);
    }
    const highlight = new api.Highlight(...ranges);
    highlight.priority = priorityOf(name);
    api.registry.set(name, highlight);
    count += ranges.length;
  }
  return count;
}

/** The documents where paintHighlights registered highlights that nothing has removed since. */
const drawnIn = new WeakSet<Document>();

/**
 * Whether highlights of ours (other than the popup's flash) may be drawn in `doc`: false when none were painted,
 * or the last paint or clear removed them. A pass with nothing to draw in a page showing nothing skips drawing.
 */
export function hasHighlights(doc: Document): boolean {
  return drawnIn.has(doc);
}

/** Removes every highlight we registered (an adopted stylesheet stays: it styles nothing then). */
export function clearHighlights(doc: Document): void {
  drawnIn.delete(doc);
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const api = win && highlightApi(win);
  if (!api) return;
  for (const name of ownedNames(api.registry)) api.registry.delete(name);
}

/**
 * Draws `ranges` under `whosaid-flash` (the popup's "show in page"); `clearFlash` removes it. Its colour is the
 * same in every stylesheet of ours, so none is adopted for it.
 */
export function flashRanges(doc: Document, ranges: Range[]): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const api = win && highlightApi(win);
  if (!api) return;
  const highlight = new api.Highlight(...ranges);
  highlight.priority = priorityOf(HIGHLIGHT_NAMES.flash);
  api.registry.set(HIGHLIGHT_NAMES.flash, highlight);
}

export function clearFlash(doc: Document): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win) highlightApi(win)?.registry.delete(HIGHLIGHT_NAMES.flash);
}

/** Later names paint over earlier ones: quote tints < reported < person < flash. */
function priorityOf(name: string): number {
  if (name === HIGHLIGHT_NAMES.flash) return 40;
  if (name === HIGHLIGHT_NAMES.person) return 30;
  if (name === HIGHLIGHT_NAMES.reported) return 20;
  if (name.startsWith('whosaid-speaker-')) return 10;
  return 0;
}

function ownedNames(registry: HighlightRegistry): string[] {
  const names: string[] = [];
  registry.forEach((_value, name) => {
    if (name.startsWith('whosaid-')) names.push(name);
  });
  return names;
}

const adopted = new WeakMap<Document, { sheet: CSSStyleSheet; css: string }>();

/** Whether `colors` are the defaults as the settings store them (any case). */
const isDefault = (colors: HighlightColors): boolean =>
  colors.quote.toLowerCase() === DEFAULT_COLORS.quote &&
  colors.person.toLowerCase() === DEFAULT_COLORS.person;

/** `highlightCss(colors)`, built once per pair of colours: every pass asks (ensureStyles), settings rarely change. */
function cssOf(colors: HighlightColors): string {
  const key = `${colors.quote} ${colors.person}`;
  let css = cssCache.get(key);
  if (css === undefined) {
    if (cssCache.size >= 8) cssCache.clear();
    cssCache.set(key, (css = highlightCss(colors)));
  }
  return css;
}

const cssCache = new Map<string, string>();

/**
 * Makes `doc` draw our highlights in `colors`. The default colours need nothing: the content script's own
 * stylesheet (entrypoints/content/highlights.css) has them, and any sheet of ours adopted for other colours is
 * removed. Other colours: our constructed stylesheet is adopted (again if the page replaced
 * `adoptedStyleSheets`); it comes after the content script's in the cascade, so its colours win. A constructed
 * sheet adds no element to the page, unlike a `<style>`. `colors` undefined keeps what is there.
 * Returns true when the page's styles changed: then the browser restyles the whole document before its next
 * frame (`::highlight()` rules apply to every element; 70-106 ms on a page of 10,000 elements), which
 * `restyle` does at once. Only a user's own colours cost that, once per page.
 */
export function ensureStyles(doc: Document, colors?: HighlightColors): boolean {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || !colors) return false;
  let entry = adopted.get(doc);
  // The defaults (checked without building a stylesheet: every pass asks): nothing of ours to adopt.
  if (isDefault(colors) || cssOf(colors) === cssOf(DEFAULT_COLORS)) {
    if (!entry) return false;
    const current = doc.adoptedStyleSheets;
    if (!current.includes(entry.sheet)) return false;
    doc.adoptedStyleSheets = current.filter((s) => s !== entry!.sheet);
    return true;
  }
  const css = cssOf(colors);
  let changed = false;
  if (!entry) {
    entry = { sheet: new win.CSSStyleSheet(), css: '' };
    adopted.set(doc, entry);
  }
  if (entry.css !== css) {
    entry.sheet.replaceSync(css);
    entry.css = css;
    changed = true;
  }
  const current = doc.adoptedStyleSheets;
  if (!current.includes(entry.sheet)) {
    doc.adoptedStyleSheets = [...current, entry.sheet];
    changed = true;
  }
  return changed;
}

/**
 * Brings the document's styles up to date now (reading one computed value does), so that the restyle our
 * stylesheet causes is done, and timed, in a task of ours rather than in the page's next frame.
 */
export function restyle(doc: Document): void {
  const win = doc.defaultView;
  if (win && doc.documentElement) void win.getComputedStyle(doc.documentElement).color;
}
