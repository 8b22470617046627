/**
 * The popup: finds the tab it is about, asks its content script for the Analysis, and shows one of
 * loading / unreachable / error / empty / the statement list.
 */
import { browser } from '#imports';
import type { AnalysisReply } from '../../protocol/messages.ts';
import { byId, el } from './dom.ts';
import { renderList } from './list.ts';
import { findTargetTab, requestAnalysis, type AnalysisResult, type TargetTab } from './target.ts';

/** One of the popup's non-list states: a title, an explanation, and maybe an action. */
interface StateView {
  tone: 'info' | 'empty' | 'error';
  title: string;
  detail: string;
  action?: { label: string; run: () => void };
}

function showState(view: StateView): void {
  const state = byId('state');
  state.dataset.tone = view.tone;
  const children: Node[] = [
    el('p', { class: 'state-title', text: view.title }),
    el('p', { class: 'state-detail', text: view.detail }),
  ];
  if (view.action) {
    const button = el('button', { class: 'primary', text: view.action.label, attrs: { type: 'button' } });
    button.addEventListener('click', view.action.run);
    children.push(button);
  }
  state.replaceChildren(...children);
  state.hidden = false;
  byId('statements').hidden = true;
  byId('content').setAttribute('aria-busy', 'false');
}

function showPageTitle(title: string | undefined): void {
  const node = byId('page-title');
  node.textContent = title ?? '';
  node.title = title ?? '';
  node.hidden = !title;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Why a page may have no statements, for the empty state. */
const EMPTY_DETAIL =
  'whosaid looks for quotations and reported speech with a speaker nearby (“…,” she said). ' +
  'Index pages, videos and pages without quotes have none.';

function showReply(reply: AnalysisReply, tab: TargetTab): void {
  const { statements, people } = reply.analysis;
  showPageTitle(reply.metadata?.title || reply.title || tab.title);
  byId('summary').textContent =
    statements.length === 0
      ? 'No statements'
      : `${plural(statements.length, 'statement', 'statements')} · ${plural(people.length, 'person', 'people')}`;
  const footer = byId('footer');
  footer.textContent = `Read in ${Math.round(reply.timings.totalMs)} ms${reply.note ? ` · ${reply.note}` : ''}`;
  footer.hidden = false;
  if (statements.length === 0) {
    showState({
      tone: 'empty',
      title: 'No statements found on this page',
      detail: reply.note ? `${reply.note}. ${EMPTY_DETAIL}` : EMPTY_DETAIL,
    });
    return;
  }
  const list = byId<HTMLOListElement>('statements');
  renderList(list, statements);
  byId('state').hidden = true;
  list.hidden = false;
  byId('content').setAttribute('aria-busy', 'false');
}

function showResult(result: AnalysisResult, tab: TargetTab): void {
  switch (result.kind) {
    case 'ok':
      showReply(result.reply, tab);
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
                'The page was open before whosaid started, or is still loading. Reload it, then open whosaid again.',
              action: {
                label: 'Reload page',
                run: () => {
                  void browser.tabs.reload(tab.id);
                  window.close();
                },
              },
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

/** Arrow keys move between statements; Home/End jump to the first/last. */
function listKeyboard(list: HTMLElement): void {
  list.addEventListener('keydown', (event) => {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('li:not([hidden]) button.copy')];
    if (buttons.length === 0) return;
    const current = buttons.findIndex((b) => b.closest('li')?.contains(document.activeElement));
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : Math.min(buttons.length - 1, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    buttons[next]?.focus();
    buttons[next]?.closest('li')?.scrollIntoView({ block: 'nearest' });
    event.preventDefault();
  });
}

async function start(): Promise<void> {
  listKeyboard(byId('statements'));
  const tab = await findTargetTab();
  if (!tab) {
    showState({
      tone: 'error',
      title: 'No tab to read',
      detail: 'whosaid could not find the page this popup is for.',
    });
    return;
  }
  showResult(await requestAnalysis(tab), tab);
}

void start();
