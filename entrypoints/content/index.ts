/**
 * The content script: wires the features, nothing else. Each feature is one file exporting one function
 * `(ctx, session) => void`; it registers its listeners and timers through `ctx`, so they end with the script.
 */
// First: it notes when our modules began to run (start-up time, in the analysis reply's timings).
import { STARTED_AT } from './started.ts';
import { analyzeOnLoad } from './analyze-on-load.ts';
import { answerMessages } from './answer-messages.ts';
import { applySettings } from './apply-settings.ts';
import { reportOnce } from './errors.ts';
import { hoverCard } from './hover-card.ts';
import { createSession } from './session.ts';
import { watchPage } from './watch-page.ts';
// The highlight styles in the default colours: WXT lists this file in the manifest's content_scripts css, so
// the browser applies it before the page is first styled and drawing costs no restyle of the page.
import './highlights.css';

const FEATURES = {
  'apply-settings': applySettings,
  'answer-messages': answerMessages,
  'analyze-on-load': analyzeOnLoad,
  'watch-page': watchPage,
  'hover-card': hoverCard,
} as const;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT tells an older copy of this script (the extension updated under an open page) to stop with a DOM event,
  // and also with a window.postMessage kept for scripts built by older WXT versions. Ours are all built with the
  // event; the message cost ~5 ms of start-up on every page (Chromium, measured with performance.now() around
  // WXT's ContentScriptContext constructor on 10 saved pages) and reached the page's own message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const session = createSession(ctx, document);
    for (const [name, init] of Object.entries(FEATURES)) {
      try {
        init(ctx, session);
      } catch (error) {
        reportOnce(name, error);
      }
    }
    session.startupMs = performance.now() - STARTED_AT;
  },
});
