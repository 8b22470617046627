// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  findArticleRoot,
  isProbablyArticle,
  offsetAt,
  rangeFor,
  readArticle,
  readArticleSteps,
} from './extract.ts';

/** A paragraph long enough (280 characters, > 140) to count for the article gate; two make an article. */
const FILLER =
  'The council met on Tuesday evening in the old town hall to discuss the budget for next year, the repairs to the bridge and the plans for the new library. ' +
  'Members asked for a second vote after the summer, when the engineers have finished their report on the state of the old piers.';

function load(body: string): Document {
  // The fixtures are this file's own markup.
  // eslint-disable-next-line no-unsanitized/property
  document.body.innerHTML = body;
  return document;
}

/** The text a DOM range covers, through a real Range. */
function rangeText(page: ReturnType<typeof readArticle>, start: number, end: number): string {
  const r = rangeFor(page, start, end);
  if (!r) return '<null>';
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
}

const ARTICLE = `
  <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
  <div class="cookie-banner">We use cookies to improve your experience on this site.</div>
  <main>
    <article>
      <h1>Mayor   promises
        a new bridge</h1>
      <p class="standfirst">The river crossing will be rebuilt by <em>2027</em>.</p>
      <figure><img src="x.jpg"><figcaption>The old bridge, “seen from the north,” in May.</figcaption></figure>
      <p>“We will build it,” said <a href="/people/ann">Ann   Lee</a>, the mayor.  ${FILLER}</p>
      <div class="ad-slot">Advertisement</div>
      <blockquote><p>“It is <em>about</em> time,” one resident wrote.</p></blockquote>
      <p>Line one<br>line two<br><br>after a double break. ${FILLER}</p>
      <ul class="related-links"><li><a href="/x">Related: another bridge story</a></li></ul>
      <p style="display:none">Hidden text the reader never sees.</p>
      <script>var x = "not text";</script>
    </article>
    <aside>Most read: ten things about bridges</aside>
  </main>
  <footer>© The Daily Example</footer>`;

describe('readArticle', () => {
  test('reads headline, standfirst, paragraphs and quotes as blocks; skips furniture', () => {
    const page = readArticle(load(ARTICLE));
    expect(page.text).toBe(
      [
        'Mayor promises a new bridge',
        'The river crossing will be rebuilt by 2027.',
        `“We will build it,” said Ann Lee, the mayor. ${FILLER}`,
        '“It is about time,” one resident wrote.',
        `Line one\nline two\n\nafter a double break. ${FILLER}`,
      ].join('\n\n'),
    );
    expect(page.root?.tagName).toBe('ARTICLE');
  });

  test.each([
    ['We will build it,'],
    ['Ann Lee, the mayor.'],
    ['It is about time,” one resident'],
    ['Mayor promises a new bridge'],
    ['rebuilt by 2027.'],
  ])('a range over %j covers the same DOM text (whitespace collapsed)', (needle) => {
    const page = readArticle(load(ARTICLE));
    const start = page.text.indexOf(needle);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(rangeText(page, start, start + needle.length).replace(/\s+/g, ' ')).toBe(needle);
  });

  test('every run copies its node text, a collapsed space standing for one whitespace character', () => {
    const page = readArticle(load(ARTICLE));
    expect(page.runs.length).toBeGreaterThan(5);
    for (const run of page.runs) {
      const fromText = page.text.slice(run.start, run.start + run.length);
      const fromNode = run.node.data.slice(run.nodeStart, run.nodeStart + run.length);
      expect(fromNode.replace(/[\t\n\r\f]/g, ' ')).toBe(fromText);
    }
  });

  // Runs by hand: a single whitespace character stays in its run; a longer whitespace run becomes one
  // space at its first character, and the next word starts a new run.
  test.each([
    ['a tab and a line break between words stay in place as spaces', 'one\ttwo\nthree', ['one two three']],
    ['runs of whitespace collapse to one space', 'one   two \r\n three', ['one ', 'two ', 'three']],
    ['whitespace at the ends goes', '\n  one two  \n', ['one two']],
    ['a no-break space is kept', 'one\u00a0two', ['one\u00a0two']],
  ])('%s', (_name, data, runs) => {
    const doc = load(`<article><p>${FILLER}</p><p>${FILLER}</p><p id="t"></p></article>`);
    doc.getElementById('t')!.append(doc.createTextNode(data));
    const page = readArticle(doc);
    const expected = runs.join('');
    expect(page.text.endsWith(`\n\n${expected}`)).toBe(true);
    const last = page.runs.filter((r) => r.start >= page.text.length - expected.length);
    expect(last.map((r) => page.text.slice(r.start, r.start + r.length))).toEqual(runs);
    for (const r of last)
      expect(r.node.data.slice(r.nodeStart, r.nodeStart + r.length).replace(/[\t\n\r\f]/g, ' ')).toBe(
        page.text.slice(r.start, r.start + r.length),
      );
  });

  test('a range that spans a block boundary starts and ends in text', () => {
    const page = readArticle(load(ARTICLE));
    const start = page.text.indexOf('2027.');
    const end = page.text.indexOf('We will') + 'We will'.length;
    expect(rangeText(page, start, end).replace(/\s+/g, ' ')).toMatch(/^2027\..*We will$/);
    // Only a separator: no range.
    const sep = page.text.indexOf('\n\n');
    expect(rangeFor(page, sep, sep + 2)).toBeNull();
    expect(rangeFor(page, 5, 5)).toBeNull();
  });

  test('offsetAt is the inverse of rangeFor', () => {
    const page = readArticle(load(ARTICLE));
    const start = page.text.indexOf('Ann Lee');
    const r = rangeFor(page, start, start + 7)!;
    expect(offsetAt(page, r.startContainer, r.startOffset)).toBe(start);
    expect(offsetAt(page, r.endContainer, r.endOffset)).toBe(start + 7);
    expect(offsetAt(page, document.body, 0)).toBeNull();
  });

  test('the DOM is not changed by reading', () => {
    const doc = load(ARTICLE);
    const before = doc.documentElement.outerHTML;
    readArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('the article gate', () => {
  test.each([
    ['a login form', '<form><label>Email</label><input><button>Sign in</button></form>'],
    ['a list of links', '<ul>' + '<li><a href="#">A headline about something</a></li>'.repeat(30) + '</ul>'],
    ['short paragraphs', '<p>Hello.</p>'.repeat(40)],
    ['long text in a footer', `<footer><p>${FILLER}</p><p>${FILLER}</p><p>${FILLER}</p></footer>`],
  ])('%s is not an article', (_name, html) => {
    const page = readArticle(load(html));
    expect(page.text).toBe('');
    expect(page.note).toBe('not an article');
  });

  test('force reads it anyway', () => {
    expect(readArticle(load('<p>Hello there.</p>'), { force: true }).text).toBe('Hello there.');
  });

  test('a short news item with two quotes is an article', () => {
    const page = readArticle(
      load(`<article><h1>Ferry fares rise</h1>
        <p>Ferry fares will rise by a tenth in May, the harbor board said on Monday after a short meeting.</p>
        <p>“We had no other choice,” said Lee Park, the board's chair, pointing to the price of fuel this winter.</p>
        <p>“It is a tax on islanders,” said one commuter, who asked not to be named, as she left the terminal.</p></article>`),
    );
    expect(page.note).toBeUndefined();
    expect(page.text.startsWith('Ferry fares rise\n\nFerry fares will rise')).toBe(true);
  });

  test('table cells do not count for the gate, but a forced read takes them', () => {
    const html = `<table><tr><td>${FILLER}</td></tr><tr><td>${FILLER}</td></tr></table>`;
    expect(readArticle(load(html)).note).toBe('not an article');
    expect(readArticle(load(html), { force: true }).text).toBe(`${FILLER}\n\n${FILLER}`);
  });

  // Two paragraphs of 124 visible characters (60 + a space + 63: 248, under the gate's 250) or 125 (250,
  // enough), each padded with whitespace that a reader does not see and that would otherwise take them over.
  test.each([
    [60, false],
    [61, true],
  ])('paragraph lengths are counted as a reader sees them (%i + 1 + 63 characters)', (xs, article) => {
    const paragraph = `<p>\n      ${'x'.repeat(xs)}   \n\t  ${'y'.repeat(63)}\n    </p>`;
    expect(isProbablyArticle(load(paragraph + paragraph).body)).toBe(article);
  });

  test('long paragraphs make an article', () => {
    expect(isProbablyArticle(load(`<p>${FILLER}</p><p>${FILLER}</p><p>${FILLER}</p>`).body)).toBe(true);
  });
});

describe('findArticleRoot with hints', () => {
  test('of two articles, the one holding most of the paragraph text', () => {
    const doc = load(`<p>${FILLER}</p><main>
      <article id="a"><p>${FILLER}</p></article>
      <article id="b"><h2>B</h2><div><p>${FILLER}</p></div><p>${FILLER}</p></article></main>
      <p>${FILLER}</p><p>${FILLER}</p>`);
    // b holds 2 of the 6 paragraphs: not enough; main holds 3 of 6, half: main.
    expect(findArticleRoot(doc).tagName).toBe('MAIN');
    doc.querySelector('p')!.remove();
    doc.querySelector('main + p')!.remove();
    doc.querySelector('main + p')!.remove();
    // Now b holds 2 of 3: b, though main comes later in the list of hints and holds all three.
    expect(findArticleRoot(doc).id).toBe('b');
  });

  test('an article holding less than half of the text is not the root', () => {
    const doc = load(`<article id="a"><p>${FILLER}</p></article>
      <div id="story"><p>${FILLER}</p><p>${FILLER}, with, commas.</p></div>`);
    expect(findArticleRoot(doc).id).toBe('story');
  });
});

describe('findArticleRoot without hints', () => {
  test('picks the container with the paragraphs, not the sidebar', () => {
    const doc = load(`
      <div id="wrap">
        <div class="left"><p>Short link</p><p>Another short link here</p></div>
        <div id="story"><p>${FILLER}</p><p>${FILLER}, and more, with commas.</p><p>${FILLER}</p></div>
      </div>`);
    expect(findArticleRoot(doc).id).toBe('story');
  });

  test('on a page written in paragraphs, text of a div of its own does not pull the root up', () => {
    // Ten paragraphs (2,800 characters, past PARAGRAPH_PAGE) and a div of 1,000 characters beside them:
    // counted, it would make the wrapper hold 1.3 times the story's text, and the root would climb to it.
    const doc = load(`
      <div id="wrap">
        <div id="story">${`<p>${FILLER}</p>`.repeat(10)}</div>
        <div class="more">More stories, ${'library hours change, '.repeat(45)}</div>
      </div>`);
    const page = readArticle(doc);
    expect((page.root as Element).id).toBe('story');
    expect(page.text).not.toContain('library hours');
  });

  test('divs with br-separated text count as paragraphs', () => {
    const doc = load(`<div id="a">${FILLER}<br><br>${FILLER}<br><br>${FILLER}</div><div>menu</div>`);
    const page = readArticle(doc);
    expect(page.text).toBe([FILLER, FILLER, FILLER].join('\n\n'));
  });
});

describe('furniture inside the article', () => {
  test('a class that names furniture does not drop the article text; a gallery inside it is dropped', () => {
    const doc = load(`
      <article>
        <div class="share-buttons text-wrapper">
          <p>${FILLER}</p>
          <div class="full-gallery"><ul><li><p>Slide one: ${FILLER}</p></li><li><p>Slide two: ${FILLER}</p></li></ul></div>
          <p>“It works,” she said. ${FILLER}</p>
        </div>
        <div class="comments"><p>Great article, ${FILLER}</p></div>
      </article>`);
    expect(readArticle(doc).text).toBe(`${FILLER}\n\n“It works,” she said. ${FILLER}`);
  });

  test('an article split into sections is read whole', () => {
    const doc = load(`
      <div id="page"><div class="col">
        <section><div class="part"><p>${FILLER}</p><p>One, two, three, four.</p><p>${FILLER}</p></div></section>
        <section><div class="part"><p>Second section: ${FILLER}</p></div></section>
      </div><div class="sidebar"><p>Sidebar text that is not short at all, ${FILLER}</p></div></div>`);
    const text = readArticle(doc).text;
    expect(text).toContain('Second section:');
    expect(text).not.toContain('Sidebar text');
  });
});

describe('what is not the article', () => {
  test.each([
    ['an editing area', `<div contenteditable="true"><p>“Draft,” I wrote. ${FILLER}</p></div>`],
    ['an editing area (empty attribute)', `<section contenteditable><p>“Draft,” I wrote.</p></section>`],
    ['a caption', `<figure><img src="x.png"><figcaption>“Caption,” it says.</figcaption></figure>`],
    ['a hidden block', `<div hidden><p>“Hidden,” it says.</p></div>`],
    ['an aria-hidden block', `<div aria-hidden="true"><p>“Hidden,” it says.</p></div>`],
    ['screen-reader-only text', `<p><span class="sr-only">“Unseen,” it says.</span></p>`],
    ['a navigation role', `<div role="navigation"><p>“Menu,” it says. ${FILLER}</p></div>`],
    [
      'an inline style that hides',
      `<p><span style="color: red; display: none">“Unseen,” it says.</span></p>`,
    ],
    [
      'a furniture word as a part of a class name',
      `<div class="story-promo-box"><p>“Promo,” it says.</p></div>`,
    ],
    ['a furniture word written with a hyphen', `<div class="most-read"><p>“Popular,” it says.</p></div>`],
    ['a furniture class name in capitals', `<div class="Related-Links"><p>“Related,” it says.</p></div>`],
    ['a furniture id', `<div id="newsletter_signup"><p>“Sign up,” it says.</p></div>`],
    [
      'a comments section',
      `<section id="comments"><p>“Great piece,” wrote a reader. ${FILLER}</p></section>`,
    ],
  ])('%s is left out', (_name, html) => {
    const page = readArticle(load(`<article><p>${FILLER}</p><p>${FILLER}</p>${html}</article>`));
    expect(page.text).toBe(`${FILLER}\n\n${FILLER}`);
  });

  test.each([
    ['a name that negates furniture', 'no-sidebar'],
    ['a furniture word inside a longer word', 'adventure commentary'],
    ['a role that is not furniture', 'x" role="note'],
  ])('%s is read (%s)', (_name, cls) => {
    const page = readArticle(
      load(`<article><p>${FILLER}</p><div class="${cls}"><p>“Read,” it says.</p></div></article>`),
    );
    expect(page.text).toBe(`${FILLER}\n\n“Read,” it says.`);
  });

  test('an empty block breaks the text, a hidden one does not, and empty inline elements change nothing', () => {
    const page = readArticle(
      load(`<article><p>${FILLER}</p><p>${FILLER}</p>
        <div>One<div></div>two</div><div>Three<div hidden></div>four<img class="x" src="x.png"><span class="icon"></span>.</div></article>`),
    );
    expect(page.text).toBe(`${FILLER}\n\n${FILLER}\n\nOne\n\ntwo\n\nThreefour.`);
  });

  test('contenteditable="false" inside an article is read', () => {
    const page = readArticle(
      load(`<article><p>${FILLER}</p><p contenteditable="false">${FILLER} Fixed.</p></article>`),
    );
    expect(page.text).toBe(`${FILLER}\n\n${FILLER} Fixed.`);
  });
});

describe('linkedom documents (the CLI reads pages with linkedom)', () => {
  test('a page where linkedom leaves an empty second body is still read', async () => {
    const { parseHTML } = await import('linkedom');
    // A <body> start tag after content makes linkedom keep an empty document.body (corpus page yahoo-3).
    const { document: doc } = parseHTML(
      `<html><head><title>t</title></head><div><p>${FILLER}</p></div><body class="x"><p>${FILLER}</p></body></html>`,
    );
    const page = readArticle(doc as unknown as Document);
    expect(page.text).toContain(FILLER);
    const r = rangeFor(page, 0, 10)!;
    expect(r.startContainer.data.slice(r.startOffset, r.endOffset)).toBe(FILLER.slice(0, 10));
  });
});

describe('budgets', () => {
  test('a cut page says so and stops at a chunk boundary', () => {
    const page = readArticle(load(`<p>${FILLER}</p>`.repeat(50)), { maxChars: 1000 });
    expect(page.text.length).toBeLessThanOrEqual(1000);
    expect(page.note).toBe('page text cut at 1000 characters');
  });
});

describe('readArticleSteps', () => {
  test('a step ends after finding the paragraphs and after the root search, however small the page', () => {
    const doc = load(ARTICLE);
    const steps = readArticleSteps(doc);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    // Fewer than STEP (250) elements: only the two pauses between the stages.
    expect(pauses).toBe(2);
    expect(next.value.text).toBe(readArticle(doc).text);
  });
});
