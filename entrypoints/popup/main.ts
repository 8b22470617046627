/**
 * The popup: finds the tab it is about, asks its content script for the Analysis, and shows one of
 * loading / switched off / unreachable / error / empty / the statement list with its filters, copy and export.
 */
import { browser } from 'wxt/browser';
import type { AnalysisReply } from '../../protocol/messages.ts';
import { isActiveOn, loadSettings, siteKey, updateSettings, type Settings } from '../../protocol/settings.ts';
import { badgeText } from '../background/badge.ts';
import { sourceOf } from '../../protocol/attribution.ts';
import { refresh, summaryText, wireControls, type Model } from './controls.ts';
import { byId } from './dom.ts';
import { peopleNotQuoted } from './exports.ts';
import { NO_FILTER } from './filter.ts';
import { keyboard } from './keyboard.ts';
import { peopleSection } from './list.ts';
import { EMPTY_DETAIL, noteText, showPageTitle, showState } from './states.ts';
import { findTargetTab, requestAnalysis, type AnalysisResult, type TargetTab } from './target.ts';

function showReply(reply: AnalysisReply, tab: TargetTab, settings: Settings): void {
  const { statements } = reply.analysis;
  const source = sourceOf(reply);
  showPageTitle(source.title);
  byId('summary').textContent = summaryText(reply);
  const timing = byId('timing');
  timing.textContent = `Read in ${Math.round(reply.timings.totalMs)} ms`;
  // A note on a page with statements says what was left out ("page text cut at 200000 characters").
  const notice = byId('notice');
  notice.textContent = reply.note && reply.analysis.statements.length > 0 ? noteText(reply.note) : '';
  notice.hidden = !notice.textContent;
  const people = peopleSection(peopleNotQuoted(reply.analysis));
  byId('people').replaceChildren(...(people ? [people] : []));
  if (statements.length === 0) {
    void browser.action?.setBadgeText({ tabId: tab.id, text: '' }).catch(() => undefined);
    showState({
      tone: 'empty',
      title: 'No statements found on this page',
      detail: reply.note ? `${noteText(reply.note)} ${EMPTY_DETAIL}` : EMPTY_DETAIL,
    });
    return;
  }
  void browser.action
    ?.setBadgeText({ tabId: tab.id, text: badgeText(statements.length) })
    .catch(() => undefined);
  const model: Model = { tab, reply, source, settings, filter: { ...NO_FILTER }, view: 'order' };
  wireControls(model);
  refresh(model);
  byId('state').hidden = true;
  byId('toolbar').hidden = false;
  byId('footer').hidden = false;
  byId('content').setAttribute('aria-busy', 'false');
  // The popup window takes the height of its page: keep the first height so that filtering does not shrink it.
  requestAnimationFrame(() => (document.body.style.minHeight = `${document.body.offsetHeight}px`));
}

function showResult(result: AnalysisResult, tab: TargetTab, settings: Settings): void {
  switch (result.kind) {
    case 'ok':
      if (!isActiveOn(settings, result.reply.url)) {
        showOff(settings, result.reply.url, tab);
        return;
      }
      showReply(result.reply, tab, settings);
      return;
    case 'unreachable':
      showPageTitle(tab.title);
      byId('summary').textContent = '';
      showState(
        result.restricted
          ? {
              tone: 'info',
              title: 'whosaid can’t read this page',
              detail:
                'Browser pages, extension pages and the web store are closed to extensions. Open a news article.',
            }
          : {
              tone: 'info',
              title: 'whosaid hasn’t read this page yet',
              detail:
                'The page was open before whosaid was installed or updated. Reload it to let whosaid read it.',
              action: { label: 'Reload page', run: () => reloadTab(tab) },
            },
      );
      return;
    case 'error':
      showPageTitle(tab.title);
      showState({ tone: 'error', title: 'Something went wrong', detail: result.message });
      return;
    default:
      throw new Error(`popup: unknown result ${JSON.stringify(result satisfies never)}`);
  }
}

function reloadTab(tab: TargetTab): void {
  void browser.tabs.reload(tab.id);
  window.close();
}

/** The switched-off state: everywhere, or on this site, with the button that switches whosaid back on. */
function showOff(settings: Settings, url: string | undefined, tab: TargetTab): void {
  showPageTitle(tab.title);
  byId('summary').textContent = 'Off';
  const site = url ? siteKey(url) : '';
  if (!settings.enabled) {
    showState({
      tone: 'info',
      title: 'whosaid is switched off',
      detail: 'It reads no pages and draws no highlights until you switch it on.',
      action: {
        label: 'Switch on',
        run: () => void updateSettings((s) => ({ ...s, enabled: true })).then(() => reloadTab(tab)),
      },
    });
    return;
  }
  showState({
    tone: 'info',
    title: `whosaid is off on ${site}`,
    detail: 'You switched it off for this site in the settings.',
    action: {
      label: `Switch on for ${site}`,
      run: () =>
        void updateSettings((s) => ({ ...s, disabledSites: s.disabledSites.filter((d) => d !== site) })).then(
          () => reloadTab(tab),
        ),
    },
  });
}

async function start(): Promise<void> {
  keyboard();
  byId('options-link').addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage().then(() => window.close());
  });
  const tab = await findTargetTab();
  if (!tab) {
    showState({
      tone: 'error',
      title: 'No tab to read',
      detail: 'whosaid could not find the page this popup is for.',
    });
    return;
  }
  const settings = await loadSettings();
  if (!settings.enabled || (tab.url && !isActiveOn(settings, tab.url))) {
    showOff(settings, tab.url, tab);
    return;
  }
  const waiting = () => {
    const title = document.querySelector('#state .state-title');
    if (title) title.textContent = 'Waiting for the page to load…';
  };
  showResult(await requestAnalysis(tab, waiting), tab, settings);
}

void start();
