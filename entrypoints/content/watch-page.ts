/**
 * Feature: pages that change. Content loaded later, infinite scroll and single-page navigation
 * (`wxt:locationchange`) start a new pass, debounced; the pass has the text analyzed again only when it
 * changed (page-pass.ts), and highlights of text that is gone are not drawn again. A page not read yet (activation
 * "on click") is not read for changing.
 */
import type { ContentScriptContext } from '#imports';
import { guarded } from './errors.ts';
import type { Session } from './session.ts';

/** Quiet time after the last change before a pass, in ms. */
export const DEBOUNCE_MS = 600;
/** A page that never stops changing still gets a pass this often, in ms. */
export const MAX_WAIT_MS = 4000;
/** Added text outside the article counts as a change only from this many characters (a new article). */
const OUTSIDE_TEXT = 200;

/** Elements of ours that may appear in the page (the hover card's host); their changes are not the page's. */
export const OWN_ELEMENT_ATTRIBUTE = 'data-whosaid';

export function watchPage(ctx: ContentScriptContext, session: Session): void {
  let timer: number | undefined;
  let firstChange = 0;

  const run = guarded('watch-page', () => {
    timer = undefined;
    firstChange = 0;
    void session.ready.then(
      guarded('watch-page', () => {
        // Before a first pass, a change is read only where the page is read on load: with "on click", or on a
        // site where whosaid is off, the page waits for the popup.
        if (!session.result && !(session.isActive() && session.settings.activation === 'automatic')) return;
        void session.refresh();
      }),
    );
  });

  const schedule = (delay = DEBOUNCE_MS) => {
    const now = performance.now();
    if (!firstChange) firstChange = now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.min(delay, Math.max(0, firstChange + MAX_WAIT_MS - now));
    timer = ctx.setTimeout(run, wait);
  };

  const observer = new MutationObserver(
    guarded('watch-page', (records: MutationRecord[]) => {
      if (records.some((r) => matters(r, session))) schedule();
    }),
  );
  const target = session.doc.body ?? session.doc.documentElement;
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  // Single-page navigation: the new article usually renders right after the URL changes.
  ctx.addEventListener(window, 'wxt:locationchange', () => schedule(DEBOUNCE_MS));
}

/** True when a mutation may change the article text: inside the article, or a big addition elsewhere. */
function matters(record: MutationRecord, session: Session): boolean {
  const node = record.target;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (element?.closest(`[${OWN_ELEMENT_ATTRIBUTE}]`)) return false;
  const root = session.result?.page.root;
  if (!root || !root.isConnected) return true;
  if (root.contains(node) || node.contains(root)) return true;
  if (record.type !== 'childList') return false;
  let added = 0;
  for (const n of record.addedNodes) {
    added += n.textContent?.length ?? 0;
    if (added >= OUTSIDE_TEXT) return true;
  }
  return false;
}
