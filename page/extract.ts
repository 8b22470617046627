/**
 * Reads the article a reader reads from a DOM document, as plain text with a map back to DOM text nodes.
 *
 * Three steps, each its own function: `findArticleRoot` (where the article is), `readBlocks` (its text,
 * block by block, whitespace collapsed as a reader sees it) and `rangeFor`/`offsetAt` (text offsets <-> DOM
 * points). Only standard DOM APIs are used (it runs on linkedom documents in the CLI); `getComputedStyle` is
 * consulted only where the document has a window that offers it.
 */

/**
 * A stretch of page text that is a verbatim copy of one Text node's data: page text offset `start + i`
 * is node offset `nodeStart + i`, for `0 <= i < length`. A collapsed whitespace run is one run of length 1
 * that points at the run's first whitespace character.
 */
export interface TextRun {
  /** First page-text offset (UTF-16 code units). */
  start: number;
  length: number;
  node: Text;
  /** Offset in `node.data` of the run's first code unit. */
  nodeStart: number;
}

/** The article text and its map back to the DOM. Offsets are UTF-16 code units into `text`. */
export interface PageText {
  /** Blocks (paragraphs, headings, list items, quotes) separated by "\n\n"; "\n" for a `<br>`. */
  text: string;
  /** Text runs in page-text order; characters not covered by a run ("\n\n" between blocks) map to no node. */
  runs: TextRun[];
  /** The element the article was read from; null when the page is not an article. */
  root: Element | null;
  /** Why the text is empty or cut short ("not an article", "page text cut at 200000 characters"). */
  note?: string;
}

/** A DOM range as a plain record: what `new StaticRange(...)` takes, and what `Range#setStart/End` need. */
export interface DomRange {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

export interface ReadOptions {
  /** Stop reading after this many characters of text (a note says so). Default 500,000. */
  maxChars?: number;
  /** Skip the "is this an article?" gate and read the best candidate anyway. */
  force?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Tables

/** Elements that end a paragraph: their text is a block of its own. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HGROUP', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'HEADER', 'CAPTION', 'FORM', 'BODY', 'HTML',
]); // prettier-ignore

/** Elements whose content is never article text, wherever they are. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO',
  'AUDIO', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'BUTTON', 'NAV', 'ASIDE', 'FOOTER', 'FIGCAPTION', 'HEAD',
  'TITLE', 'META', 'LINK', 'DIALOG', 'MENU', 'LABEL',
]); // prettier-ignore

/** Roles of page furniture. */
const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'search', 'button', 'tablist', 'alert', 'status',
]); // prettier-ignore

/**
 * Class/id words of page furniture, matched against the `-`/`_`-separated parts of each class name and the
 * id ("related-stories" -> "related"). Readability's `unlikelyCandidates`, narrowed to whole words so that
 * "commentary" or "adventure" do not match.
 */
const FURNITURE_WORDS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'promo', 'promoted',
  'outbrain', 'taboola', 'banner', 'breadcrumb', 'breadcrumbs', 'nav', 'navbar', 'navigation', 'menu', 'sidebar',
  'footer', 'masthead', 'comment', 'comments', 'disqus', 'replies', 'related', 'recirc', 'recommended',
  'trending', 'popular', 'mostread', 'share', 'sharing', 'social', 'newsletter', 'subscribe', 'signup',
  'cookie', 'cookies', 'consent', 'gdpr', 'popup', 'modal', 'overlay', 'pagination', 'pager', 'tags', 'byline',
  'dateline', 'timestamp', 'caption', 'credit', 'credits', 'hidden', 'hide', 'sronly', 'offscreen',
  'visuallyhidden', 'skip', 'toolbar', 'rss', 'print', 'login', 'paywall', 'jump', 'gallery', 'slideshow',
  'carousel', 'legends', 'player', 'syndication',
]); // prettier-ignore

/** Class names that hide text from sighted readers (screen-reader-only text). */
const HIDDEN_CLASSES = new Set([
  'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screen-reader-only', 'a11y-hidden',
  'u-hidden', 'hidden',
]); // prettier-ignore

/** Whitespace a browser collapses (not NBSP, which a reader sees as a space but the page keeps). */
const VISIBLE = /[^ \t\n\r\f]+/g;
/** Words separated by single collapsible whitespace characters: written as they are, offsets unchanged. */
const STRETCH = /[^ \t\n\r\f]+(?:[ \t\n\r\f][^ \t\n\r\f]+)*/g;
/** Collapsible whitespace other than a space, written as a space. */
const BREAKS = /[\t\n\r\f]/;
const BREAKS_ALL = /[\t\n\r\f]/g;

/** A paragraph shorter than this is furniture for scoring purposes ("Share", "Advertisement"). */
const MIN_PARAGRAPH = 25;
/**
 * The article gate: visible paragraph text (paragraphs of at least MIN_PARAGRAPH characters) adding up to
 * MIN_ARTICLE_TEXT. Lower than Readability-readerable's (which wants long paragraphs, sqrt-scored), because a
 * short news item with two quotes is worth reading (tests/fixtures/popup/article.html is 530 characters),
 * while a wrongly read non-article costs little: few quotes, few highlights.
 */
const MIN_ARTICLE_TEXT = 250;

// ---------------------------------------------------------------------------------------------------------
// Reading

/**
 * The article text of `doc` with its offset map. Never throws on any document; a page that is not an
 * article gives `{ text: '', runs: [], root: null, note: 'not an article' }`.
 */
export function readArticle(doc: Document, options: ReadOptions = {}): PageText {
  return drain(readArticleSteps(doc, options));
}

/**
 * `readArticle` as steps: the generator yields every STEP elements or so, so that a caller can let the page
 * run between slices of work (the content script keeps each task short); its return value is the PageText.
 * The DOM must not change between steps (the caller re-reads if it did).
 */
export function* readArticleSteps(doc: Document, options: ReadOptions = {}): Generator<void, PageText, void> {
  const body = pageBody(doc);
  if (!body) return { text: '', runs: [], root: null, note: 'empty document' };
  const hidden = hiddenTest(doc);
  const skipped = skipTest(body, hidden);
  const candidates = paragraphCandidates(body);
  // A step ends after each stage too (finding the paragraphs, the root search), not only every STEP elements:
  // each stage can take milliseconds on a big page, and a caller ends its task only between steps.
  yield;
  const found = yield* locateSteps(body, candidates, skipped, !options.force);
  if (!found) return { text: '', runs: [], root: null, note: 'not an article' };
  yield;
  const { root, core } = found;
  const headline = headlineOutside(body, root, skipped);
  const reader = new BlockReader(options.maxChars ?? 500_000, hidden, root, core);
  if (headline) yield* reader.read(headline);
  yield* reader.read(root);
  return reader.finish(root);
}

/** Elements handled between two yields of the step generators. */
const STEP = 250;

/** Runs a step generator to its end. */
function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The cheap "is this an article?" gate: enough visible paragraph text outside page furniture (see
 * MIN_ARTICLE_TEXT). `p`, `pre` and `div`s holding their own text count (some sites write paragraphs as
 * `div` + `br`), table cells not. The reader asks it in the same pass over the paragraphs as the root search.
 */
export function isProbablyArticle(body: Element, hidden: (el: Element) => boolean = () => false): boolean {
  return drain(locateSteps(body, paragraphCandidates(body), skipTest(body, hidden), true)) !== null;
}

/**
 * The element the article is read from: `[itemprop=articleBody]`, `<article>`, `<main>` when one holds most
 * of the page's paragraph text, else the container with the highest paragraph score (Readability-like:
 * each paragraph scores its parent fully and its grandparent half). Falls back to `body`.
 */
export function findArticleRoot(doc: Document, hidden: (el: Element) => boolean = hiddenTest(doc)): Element {
  const body = pageBody(doc) ?? doc.documentElement!;
  return drain(locateSteps(body, paragraphCandidates(body), skipTest(body, hidden), false))!.root;
}

/** Structural hints, in order of trust: the page says where its article is. */
const HINTS = ['[itemprop~="articleBody"]', 'article', '[role="article"]', 'main', '[role="main"]'];
const ANY_HINT = HINTS.join(', ');

/**
 * One pass over the paragraphs for the gate and the root search. Null when `gate` is asked and the page is
 * not an article. Else `root`: where to read (see findArticleRoot); `core`: the container with the best
 * paragraph score, the article's own text, which furniture filtering never removes (null when no paragraph
 * scored).
 */
function* locateSteps(
  body: Element,
  /** The paragraph-like elements under `body`, in document order (paragraphCandidates). */
  candidates: Element[],
  skipped: (el: Element) => boolean,
  gate: boolean,
): Generator<void, { root: Element; core: Element | null } | null, void> {
  // The paragraphs that count, in document order, and the running sum of their lengths: the paragraph text
  // inside an element is the sum over the stretch of them it holds (textWithin), found by bisection.
  const counted: Element[] = [];
  const sums = [0];
  const scores = new Map<Element, number>();
  let total = 0;
  let gateText = 0;
  let count = 0;
  for (let i = 0; i < candidates.length; i++) {
    const p = candidates[i]!;
    if (++count % STEP === 0) yield;
    const tag = p.tagName;
    // All the text of a p/pre; for a div or cell, its own text nodes and inline children (not nested blocks).
    const whole = tag === 'P' || tag === 'PRE';
    const text = whole ? (p.textContent ?? '') : '';
    const length = whole ? collapsedLength(text) : ownTextLength(p);
    if (length < MIN_PARAGRAPH || skipped(p)) continue;
    total += length;
    counted.push(p);
    sums.push(total);
    if (tag !== 'TD') gateText += length;
    const commas = (whole ? text : (p.textContent ?? '')).match(COMMAS)?.length ?? 0;
    const score = 1 + commas + Math.min(Math.floor(length / 100), 3);
    // A div or cell holding its own text is the container of its lines (`div` + `br` pages).
    const parent = tag === 'DIV' || tag === 'TD' ? p : p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grandparent = parent.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2);
  }
  if (gate && gateText < MIN_ARTICLE_TEXT) return null;
  if (total === 0) return { root: body, core: null };
  const within = new Map<Element, number>();
  const textWithin = (el: Element): number => {
    let text = within.get(el);
    if (text === undefined) {
      const from = firstNotBefore(counted, el, false);
      const to = firstNotBefore(counted, el, true);
      within.set(el, (text = sums[to]! - sums[from]!));
    }
    return text;
  };
  let core: Element = body;
  let coreScore = 0;
  // (forEach, not `for (const [el, score] of ...)`: a destructuring loop runs the iterator protocol per entry,
  // slow in code not yet compiled.)
  scores.forEach((score, el) => {
    if (score > coreScore) {
      core = el;
      coreScore = score;
    }
  });
  // Structural hints first (one query for all of them; few elements match).
  const hinted = body.querySelectorAll(ANY_HINT);
  if (hinted.length > 0)
    for (const selector of HINTS) {
      let best: Element | null = null;
      let bestText = 0;
      for (const el of hinted) {
        if (!el.matches(selector)) continue;
        const text = textWithin(el);
        if (text > bestText && !skipped(el)) [best, bestText] = [el, text];
      }
      if (best && bestText >= 0.5 * total) return { root: best, core: best.contains(core) ? core : null };
    }
  // Else the best-scored container. A body split into sections, or by an ad or a figure (corpus page
  // quanta-1): climb while the parent holds much more paragraph text, up to three levels, never to the body.
  let root = core;
  let text = textWithin(root);
  let ancestor = core.parentElement;
  for (let level = 0; level < 3 && ancestor && ancestor !== body && body.contains(ancestor); level++) {
    const ancestorText = textWithin(ancestor);
    if (ancestorText >= 1.3 * text) [root, text] = [ancestor, ancestorText];
    ancestor = ancestor.parentElement;
  }
  return { root, core };
}

const COMMAS = /[,，、]/g;

/**
 * The index of the first of `elements` (in document order) that is not before `el`: not before it in the
 * document and not its ancestor, or with `orInside`, neither inside it nor `el` itself. The elements inside
 * `el` are those from `firstNotBefore(.., false)` to `firstNotBefore(.., true)`.
 */
function firstNotBefore(elements: Element[], el: Element, orInside: boolean): number {
  let lo = 0;
  let hi = elements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = elements[mid]!;
    const position = e === el ? 16 : el.compareDocumentPosition(e);
    // 16: CONTAINED_BY (inside `el`); 4: FOLLOWING; else PRECEDING (before, or an ancestor of `el`).
    const before = orInside
      ? (position & 16) !== 0 || (position & 4) === 0
      : (position & 4) === 0 && (position & 16) === 0;
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The document's body. linkedom leaves an empty second `<body>` as `document.body` on some pages (corpus
 * page yahoo-3); browsers never do, but then the body with content is the one to read.
 */
function pageBody(doc: Document): Element | null {
  const body = doc.body;
  if (body && body.firstElementChild) return body;
  let best: Element | null = body ?? doc.documentElement;
  for (const b of doc.querySelectorAll('body'))
    if (b.childNodes.length > (best?.childNodes.length ?? 0)) best = b;
  return best;
}

/** The page's headline when it sits outside the article root (`<h1>` above `<article>`). */
function headlineOutside(body: Element, root: Element, skipped: (el: Element) => boolean): Element | null {
  if (root === body || root.querySelector('h1')) return null;
  for (const h1 of body.querySelectorAll('h1')) {
    if (h1.contains(root) || skipped(h1)) continue;
    // The site's logo is an h1 on some pages: a headline comes before the article and has a few words.
    const length = collapsedLength(h1.textContent ?? '');
    const before = (h1.compareDocumentPosition(root) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
    if (before && length >= 15) return h1;
  }
  return null;
}

/** Walks a subtree and writes its text, block by block, with collapsed whitespace and a run map. */
class BlockReader {
  private parts: string[] = [];
  private length = 0;
  private runs: TextRun[] = [];
  /** Line breaks owed before the next visible text: 0, 1 ("\n" for a `<br>`) or 2 (a block boundary). */
  private pendingBreak = 0;
  /** Where the whitespace owed before the next visible text starts, if any. */
  private spaceNode: Text | null = null;
  /** Its offset in `spaceNode` (two fields, not an object: a space is owed at nearly every text node's end). */
  private spaceOffset = 0;
  private cut = false;

  constructor(
    private readonly maxChars: number,
    private readonly hidden: (el: Element) => boolean,
    private readonly root: Element,
    /** The article's own text container: never dropped as furniture. */
    private readonly core: Element | null,
  ) {}

  *read(el: Element): Generator<void, void, void> {
    this.block();
    yield* this.walk(el);
    this.block();
  }

  finish(root: Element): PageText {
    const page: PageText = { text: this.parts.join(''), runs: this.runs, root };
    if (this.cut) page.note = `page text cut at ${this.maxChars} characters`;
    return page;
  }

  /**
   * Writes the text under `el` (`el` itself is never skipped: it is the root or the headline). Iterative,
   * with an explicit stack of the open block elements, so that it can pause every STEP nodes.
   */
  private *walk(el: Element): Generator<void, void, void> {
    let count = 0;
    // The elements entered and not yet left, below `el`, and whether each is a block (a break is owed when it
    // is left). Each node's properties are read once: every read is a call into the page's DOM.
    const open: Node[] = [];
    const blocks: boolean[] = [];
    let node: Node | null = el.firstChild;
    while (node && !this.cut) {
      if (++count % STEP === 0) yield;
      const type = node.nodeType;
      if (type === 3) this.text(node as Text);
      else if (type === 1) {
        const element = node as Element;
        const tag = element.tagName;
        if (tag === 'BR') this.pendingBreak = Math.min(2, this.pendingBreak + 1);
        else {
          // An empty inline element (an image, an icon) adds nothing, skipped or not: no need to ask.
          const child = element.firstChild;
          const block = BLOCK_TAGS.has(tag);
          if ((child || block) && !skipElement(element, tag, this.root, this.core, this.hidden)) {
            if (block) this.block();
            if (child) {
              open.push(element);
              blocks.push(block);
              node = child;
              continue;
            }
          }
        }
      }
      // Next sibling, or up until there is one, leaving (and closing) the elements passed.
      let next: Node | null = node.nextSibling;
      while (!next) {
        const parent = open.pop();
        if (!parent) return;
        if (blocks.pop()) this.block();
        next = parent.nextSibling;
      }
      node = next;
    }
  }

  private block(): void {
    this.pendingBreak = 2;
  }

  /**
   * Writes a text node: its stretches of words separated by single whitespace characters go out whole (a
   * single space or line break stays in place, as a space), and a longer whitespace run becomes one space.
   */
  private text(node: Text): void {
    const data = node.data;
    let previousEnd = 0;
    STRETCH.lastIndex = 0;
    for (let m = STRETCH.exec(data); m; m = STRETCH.exec(data)) {
      if (m.index > previousEnd) this.owe(node, previousEnd);
      const stretch = m[0];
      if (this.length + 2 + stretch.length <= this.maxChars)
        this.visible(node, m.index, BREAKS.test(stretch) ? stretch.replace(BREAKS_ALL, ' ') : stretch);
      else this.words(node, m.index, stretch); // near the cap: word by word, to cut between words
      if (this.cut) return;
      previousEnd = m.index + stretch.length;
    }
    if (previousEnd < data.length) this.owe(node, previousEnd);
  }

  /** Owes a space before the next visible text, at `offset` in `node`, unless one is owed already. */
  private owe(node: Text, offset: number): void {
    if (this.spaceNode) return;
    this.spaceNode = node;
    this.spaceOffset = offset;
  }

  /** Writes a stretch word by word, each after the single whitespace character before it. */
  private words(node: Text, at: number, stretch: string): void {
    let previousEnd = 0;
    VISIBLE.lastIndex = 0;
    for (let m = VISIBLE.exec(stretch); m; m = VISIBLE.exec(stretch)) {
      if (m.index > previousEnd) this.owe(node, at + previousEnd);
      this.visible(node, at + m.index, m[0]);
      if (this.cut) return;
      previousEnd = m.index + m[0].length;
    }
  }

  /** Writes `chunk` (no collapsible whitespace), found at `offset` in `node`, after what is owed. */
  private visible(node: Text, offset: number, chunk: string): void {
    if (this.length + 2 + chunk.length > this.maxChars) {
      this.cut = true;
      return;
    }
    if (this.length > 0) {
      if (this.pendingBreak > 0) this.write(this.pendingBreak === 2 ? '\n\n' : '\n');
      else if (this.spaceNode) this.write(' ', this.spaceNode, this.spaceOffset);
    }
    this.pendingBreak = 0;
    this.spaceNode = null;
    this.write(chunk, node, offset);
  }

  private write(s: string, node?: Text, nodeStart = 0): void {
    if (node) {
      const last = this.runs[this.runs.length - 1];
      if (
        last &&
        last.node === node &&
        last.start + last.length === this.length &&
        last.nodeStart + last.length === nodeStart
      )
        last.length += s.length;
      else this.runs.push({ start: this.length, length: s.length, node, nodeStart });
    }
    this.parts.push(s);
    this.length += s.length;
  }
}

// ---------------------------------------------------------------------------------------------------------
// What to skip

/** True when `el` (a descendant of the root) holds no article text: furniture, hidden, or not text at all. */
function skipElement(
  el: Element,
  tag: string,
  root: Element,
  core: Element | null,
  hidden: (el: Element) => boolean,
): boolean {
  const kind = skipKind(el, tag, hidden, true);
  if (kind !== FURNITURE) return kind === SKIP;
  // Never drop the body of the article because of an unlucky class name: "share-btns text-wrapper"
  // holds the whole text of corpus page bug-1255978, whose 50-slide "full-gallery" is furniture.
  if (core) return !el.contains(core);
  const inside = paragraphText(el);
  return inside < 0.4 * paragraphText(root) || inside === 0;
}

const READ = 0;
const SKIP = 1;
const FURNITURE = 2;

/**
 * What the element itself says, for the reader and the root search alike (one function: a fresh content
 * script compiles and warms up each function it runs): SKIP (not text, furniture by role, editable,
 * hidden), FURNITURE (its class or id names furniture: the caller decides), or READ.
 */
function skipKind(el: Element, tag: string, hidden: (el: Element) => boolean, byParts: boolean): number {
  if (SKIP_TAGS.has(tag)) return SKIP;
  if (tag === 'HEADER' && !el.querySelector('h1')) return SKIP;
  // Most elements of an article (p, em, strong) have no attribute: nothing below can apply to them.
  if (!el.hasAttributes()) return READ;
  if (el.matches(EDITABLE_OR_ROLE) && (isEditable(el) || SKIP_ROLES.has(el.getAttribute('role') ?? '')))
    return SKIP;
  if (hidden(el)) return SKIP;
  return isFurniture(el, byParts) ? FURNITURE : READ;
}

/**
 * True when a class or the id of `el` names page furniture. `byParts` also matches the parts of a name
 * ("related-links", "social_share"); without it only whole names match ("comments", "sidebar"), which is
 * what ancestors are held to: layout names such as "panel-two-col-sidebar-right" or "no-sidebars" wrap
 * whole articles (corpus pages aclu, liberation-1). Names that negate ("no-", "has-", "with-") never match.
 */
function isFurniture(el: Element, byParts = true): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  // Pages repeat their class names (every paragraph "article-body__text"): one answer per name string.
  const cache = byParts ? furnitureByParts : furnitureWhole;
  let answer = cache.get(names);
  if (answer === undefined) {
    answer = namesFurniture(names, byParts);
    if (cache.size > 5000) cache.clear();
    cache.set(names, answer);
  }
  return answer;
}

const furnitureByParts = new Map<string, boolean>();
const furnitureWhole = new Map<string, boolean>();

/**
 * The furniture test of a `class` + id string, by splitting (not one regular expression of all the words,
 * which a fresh content script takes ~0.3 ms to compile on first use, nor a loop over the characters, slow
 * until compiled: builtins are fast from the start).
 */
function namesFurniture(names: string, byParts: boolean): boolean {
  for (const name of names.toLowerCase().split(SPACES)) {
    if (!name) continue;
    const separator = name.search(SEPARATOR);
    if (separator < 0) {
      if (FURNITURE_WORDS.has(name)) return true;
      continue;
    }
    if (separator > 0 && NEGATIONS.has(name.slice(0, separator))) continue;
    const parts = name.split(SEPARATORS);
    if (FURNITURE_WORDS.has(parts.join(''))) return true;
    if (byParts) for (const part of parts) if (FURNITURE_WORDS.has(part)) return true;
  }
  return false;
}

const SPACES = /\s+/;
const SEPARATOR = /[-_]/;
const SEPARATORS = /[-_]+/;
/** Names that negate ("no-sidebar", "has-comments") before their first `-`/`_`. */
const NEGATIONS = new Set(['no', 'has', 'with', 'without', 'is']);

/**
 * Inline elements that a page hides, if ever, by a class, an id or a style of their own; without one their
 * computed style is not asked for.
 */
const PHRASING_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'MARK',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]); // prettier-ignore

/**
 * A predicate for elements a reader does not see: the `hidden` attribute, `aria-hidden`, an inline style, a
 * screen-reader-only class, and the computed style where a stylesheet could have hidden the element (as
 * Readability does, attributes first). The computed style is asked for only when the document has one, and not
 * for an element with no attribute or an inline element with no class, id or style (most of an article's
 * elements): a rule hiding those by tag alone would hide them on every page of the site.
 */
const HIDING_ATTRIBUTES_BUT_STYLE = '[hidden], [aria-hidden="true"]';
const HIDING_ATTRIBUTES = `${HIDING_ATTRIBUTES_BUT_STYLE}, [style]`;
const STYLE_HIDES = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** `checkVisibility` options: `visibility: hidden` too (its older name first, for older browsers). */
const VISIBILITY = { checkVisibilityCSS: true, visibilityProperty: true };

function hiddenTest(doc: Document): (el: Element) => boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const computed =
    view && view.document === doc && typeof view.getComputedStyle === 'function' && isRealBrowser(view)
      ? (el: Element) => {
          try {
            // A box that is visible is the common answer, and `checkVisibility` gives it without building a
            // style declaration. Its "no" also covers a display:none ancestor, `display: contents` and closed
            // <details>, which the computed style of the element itself does not: that decides then.
            if (el.checkVisibility?.(VISIBILITY)) return false;
            const style = view.getComputedStyle(el);
            return style.display === 'none' || style.visibility === 'hidden';
          } catch {
            return false; // an element from another DOM implementation (linkedom under happy-dom)
          }
        }
      : null;
  // One answer per element and pass: the gate, the root search and the reader ask about the same ancestors.
  // They ask only about elements with attributes (hasAttributes), which this does not ask again.
  const seen = new Map<Element, boolean>();
  return (el: Element) => {
    let answer = seen.get(el);
    if (answer !== undefined) return answer;
    // The attributes that hide, asked at once (most elements have none of them), then the class.
    const marked = el.matches(HIDING_ATTRIBUTES);
    const style = marked ? el.getAttribute('style') : null;
    const cls = el.getAttribute('class');
    answer =
      (marked && (style === null || el.matches(HIDING_ATTRIBUTES_BUT_STYLE))) ||
      (!!style && STYLE_HIDES.test(style)) ||
      (!!cls && hidingClass(cls)) ||
      (computed !== null &&
        (marked || cls !== null || el.id !== '' || !PHRASING_TAGS.has(el.tagName)) &&
        computed(el));
    seen.set(el, answer);
    return answer;
  };
}

/** True when one of the names in a `class` attribute is one of HIDDEN_CLASSES (case-sensitive). */
function hidingClass(cls: string): boolean {
  let answer = hidingClasses.get(cls);
  if (answer === undefined) {
    answer = false;
    for (const name of cls.split(SPACES)) if (HIDDEN_CLASSES.has(name)) answer = true;
    if (hidingClasses.size > 5000) hidingClasses.clear();
    hidingClasses.set(cls, answer);
  }
  return answer;
}

const hidingClasses = new Map<string, boolean>();

/**
 * Layout-backed computed style exists only in real browsers (not happy-dom, jsdom or linkedom): they are the
 * documents with XPath (not happy-dom, linkedom) and a `CSS` namespace (not jsdom). Asked with `in`, which
 * does not build the objects: a fresh content script's first `navigator` or `CSS` costs ~0.1 ms each.
 */
function isRealBrowser(view: Window): boolean {
  let real = realBrowser.get(view);
  if (real === undefined) {
    real = typeof view.document?.evaluate === 'function' && 'CSS' in view;
    realBrowser.set(view, real);
  }
  return real;
}

const realBrowser = new WeakMap<Window, boolean>();

/**
 * A test for "`el` or an ancestor below `top` would be skipped", memoized per element along the ancestor
 * chain (the gate and the root search ask about every paragraph, and paragraphs share ancestors). Ancestors
 * are held to whole-name furniture matches (see isFurniture); the element itself also to name parts.
 */
function skipTest(top: Element, hidden: (el: Element) => boolean): (el: Element) => boolean {
  const chain = new Map<Element, boolean>();
  const self = (e: Element, byParts: boolean): boolean => {
    const tag = e.tagName;
    const kind = skipKind(e, tag, hidden, byParts);
    return kind === SKIP || (kind === FURNITURE && tag !== 'ARTICLE' && tag !== 'MAIN');
  };
  const inChain = (from: Element | null): boolean => {
    // Up to the first known ancestor (iterative: some pages nest thousands of unclosed tags), then down.
    const path: Element[] = [];
    let answer = false;
    for (let e = from; e && e !== top; e = e.parentElement) {
      const known = chain.get(e);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(e);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i]!;
      answer = answer || self(e, false);
      chain.set(e, answer);
    }
    return answer;
  };
  // The element itself is held to name parts too, which covers the whole names its chain would ask about.
  return (el: Element) => el !== top && (inChain(el.parentElement) || self(el, true));
}

/** The attributes of the two tests above, asked at once: most elements have neither. */
const EDITABLE_OR_ROLE = '[contenteditable], [role]';

/**
 * An editing area (`contenteditable`): the reader's own draft, a comment box, an editor. Never read or
 * marked, and editors would not expect ranges over their text.
 */
function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** The length of a div's or a cell's own text: its text nodes and inline children (not nested blocks). */
function ownTextLength(el: Element): number {
  let length = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    const type = c.nodeType;
    if (type === 3) length += collapsedLength((c as Text).data);
    else if (type === 1 && !BLOCK_TAGS.has((c as Element).tagName))
      length += collapsedLength(c.textContent ?? '');
  }
  return length;
}

/**
 * `p`, `pre`, and `div`/`td` elements with a non-blank text node child, in document order. A page whose `p`s
 * and `pre`s hold PARAGRAPH_PAGE characters writes its paragraphs as `p`: its `div`s and cells are not
 * looked at (the survey of them is the dearest query of the root search, 0.4-2.5 ms on big pages, and what it
 * adds there is text outside the article: link lists, datelines, stray markup). In a browser one XPath
 * query finds the `div`s and cells with text of their own without our touching every other `div` and its
 * children (each node a script touches costs a wrapper object in the content script's world); the query's
 * notion of blank (ASCII whitespace) is narrower than ours, so its `div`s are checked again.
 */
function paragraphCandidates(body: Element): Element[] {
  const paragraphs = body.querySelectorAll('p, pre');
  let text = 0;
  for (let i = 0; i < paragraphs.length && text < PARAGRAPH_PAGE; i++)
    text += paragraphs[i]!.textContent?.length ?? 0;
  if (text >= PARAGRAPH_PAGE) return Array.from(paragraphs);
  const doc = body.ownerDocument;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view && typeof doc.evaluate === 'function' && doc.contentType === 'text/html' && isRealBrowser(view)) {
    try {
      const found = doc.evaluate(
        './/p | .//pre | .//div[text()[normalize-space()]] | .//td[text()[normalize-space()]]',
        body,
        null,
        7, // XPathResult.ORDERED_NODE_SNAPSHOT_TYPE
        null,
      );
      const out: Element[] = [];
      for (let i = 0; i < found.snapshotLength; i++) {
        const el = found.snapshotItem(i) as Element;
        if (el.tagName === 'P' || el.tagName === 'PRE' || hasOwnText(el)) out.push(el);
      }
      return out;
    } catch {
      // A page that replaced document.evaluate: the plain way below.
    }
  }
  const out: Element[] = [];
  for (const el of body.querySelectorAll('p, pre, div, td'))
    if (el.tagName === 'P' || el.tagName === 'PRE' || hasOwnText(el)) out.push(el);
  return out;
}

/** Characters of `p`/`pre` text (as written, whitespace and all) that make a page one of paragraphs. */
const PARAGRAPH_PAGE = 2500;

const NOT_BLANK = /\S/;

function hasOwnText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 3 && NOT_BLANK.test((c as Text).data)) return true;
  return false;
}

function paragraphText(el: Element): number {
  let sum = 0;
  for (const p of el.querySelectorAll('p')) sum += collapsedLength(p.textContent ?? '');
  return sum;
}

/** The length of `s` with its whitespace collapsed as a reader sees it (runs as one space, none at the ends). */
function collapsedLength(s: string): number {
  // A run of n whitespace characters becomes one: only runs of two or more shorten the text (no new string).
  let length = s.length;
  EXCESS_WHITESPACE.lastIndex = 0;
  for (let m = EXCESS_WHITESPACE.exec(s); m; m = EXCESS_WHITESPACE.exec(s)) length -= m[0].length - 1;
  // And the run at either end goes (a text of whitespace only is one run, at both ends).
  if (length > 0 && isCollapsible(s.charCodeAt(0))) length--;
  if (length > 0 && isCollapsible(s.charCodeAt(s.length - 1))) length--;
  return length;
}

const EXCESS_WHITESPACE = /[ \t\n\r\f]{2,}/g;

/** Space, tab, line feed, carriage return, form feed: what a browser collapses. */
function isCollapsible(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

// ---------------------------------------------------------------------------------------------------------
// Offsets <-> DOM

/**
 * The DOM range for page-text offsets `[start, end)`, or null when the stretch covers no node text (empty,
 * out of range, or only block separators). A boundary inside a separator snaps inward to the nearest text.
 */
export function rangeFor(page: PageText, start: number, end: number): DomRange | null {
  if (!(start < end)) return null;
  const runs = page.runs;
  const lo = firstRunEndingAfter(runs, start);
  const first = runs[lo];
  if (!first || first.start >= end) return null;
  // Last run that starts before `end`.
  let a = lo;
  let b = runs.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (runs[mid]!.start < end) a = mid + 1;
    else b = mid;
  }
  return rangeInRuns(first, runs[a - 1]!, start, end);
}

/**
 * The index of the first of `runs` that ends after page-text offset `at` (`runs.length` when none does),
 * searched from index `from`, before which every run ends at or before `at`: galloping forward from there,
 * then bisecting. From 0 it is a binary search; from the previous span's run (highlight.ts, spanMapper) it
 * finds a nearby run in a few steps.
 */
export function firstRunEndingAfter(runs: readonly TextRun[], at: number, from = 0): number {
  const n = runs.length;
  let lo = from;
  let hi = lo;
  for (let step = 1; hi < n && runs[hi]!.start + runs[hi]!.length <= at; step *= 2) {
    lo = hi + 1;
    hi += step;
  }
  if (hi > n) hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (r.start + r.length <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The DOM range for page-text offsets `[start, end)` from the run it starts in (or the first after it, when
 * `start` falls in a separator) and the last run that starts before `end`: each boundary snaps inward.
 */
export function rangeInRuns(first: TextRun, last: TextRun, start: number, end: number): DomRange {
  return {
    startContainer: first.node,
    startOffset: first.nodeStart + Math.max(0, start - first.start),
    endContainer: last.node,
    endOffset: last.nodeStart + Math.min(last.length, end - last.start),
  };
}

/**
 * The page-text offset of a DOM point (a Text node and an offset in its data), or null when that node is
 * not part of the page text. A point inside collapsed whitespace maps to the end of the run before it.
 */
export function offsetAt(page: PageText, node: Node, offset: number): number | null {
  let best: number | null = null;
  for (const run of runsOf(page, node)) {
    if (offset < run.nodeStart) return best ?? run.start;
    if (offset <= run.nodeStart + run.length) return run.start + (offset - run.nodeStart);
    best = run.start + run.length;
  }
  return best;
}

const runIndex = new WeakMap<PageText, Map<Node, TextRun[]>>();

/** The runs of one node, in order (an index built once per PageText: hover hit-tests call this often). */
function runsOf(page: PageText, node: Node): TextRun[] {
  let index = runIndex.get(page);
  if (!index) {
    index = new Map();
    for (const run of page.runs) {
      const list = index.get(run.node);
      if (list) list.push(run);
      else index.set(run.node, [run]);
    }
    runIndex.set(page, index);
  }
  return index.get(node) ?? [];
}
