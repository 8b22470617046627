/**
 * The popup: finds the tab it is about, asks its content script for the Analysis, and shows one of
 * loading / switched off / unreachable / error / empty / the statement list with its filters, copy and export.
 */
import { browser } from 'wxt/browser';
import type { StatementKind } from '../../lib/types.ts';
import type { AnalysisReply } from '../../protocol/messages.ts';
import {
  COPY_FORMATS,
  isActiveOn,
  loadSettings,
  siteKey,
  updateSettings,
  type CopyFormat,
  type Settings,
} from '../../protocol/settings.ts';
import {
  COPY_FORMAT_LABEL,
  KIND_LABEL,
  formatStatement,
  formatStatements,
  sourceOf,
  speakerKey,
  speakerName,
  type Source,
} from './attribution.ts';
import { badgeText } from '../background/badge.ts';
import { announce, copyText } from './clipboard.ts';
import { byId, el, svgIcon } from './dom.ts';
import {
  EXPORT_FILE,
  EXPORT_FORMATS,
  exportAs,
  exportFileName,
  peopleNotQuoted,
  type ExportFormat,
} from './exports.ts';
import { NO_FILTER, countBy, isFiltered, matchesFilter, type Filter } from './filter.ts';
import { peopleSection, renderStatements, type ItemActions, type ListView } from './list.ts';
import { findTargetTab, requestAnalysis, sendToTab, type AnalysisResult, type TargetTab } from './target.ts';

/** Everything the list needs once the tab has answered. */
interface Model {
  tab: TargetTab;
  reply: AnalysisReply;
  source: Source;
  settings: Settings;
  filter: Filter;
  view: ListView;
}

/** One of the popup's non-list states: a title, an explanation, and maybe an action. */
interface StateView {
  tone: 'info' | 'empty' | 'error';
  title: string;
  detail: string;
  action?: { label: string; run: () => void };
}

/** Outline icons for the states: a speech bubble with quote marks, a crossed bubble, a warning sign. */
const STATE_ICON: Record<StateView['tone'], readonly string[]> = {
  empty: ['M4 6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-7l-4 4v-4H6a2 2 0 0 1-2-2z', 'M9 8v2M13 8v2'],
  info: ['M4 6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-7l-4 4v-4H6a2 2 0 0 1-2-2z', 'M9 10h6'],
  error: ['M12 4l9 16H3z', 'M12 10v4M12 17v.5'],
};

function showState(view: StateView): void {
  const state = byId('state');
  state.dataset.tone = view.tone;
  const children: Node[] = [
    svgIcon(STATE_ICON[view.tone], 'state-icon'),
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
  byId('list').hidden = true;
  byId('toolbar').hidden = true;
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

/** The content script's note as a sentence: "not an article" -> "This page does not look like an article." */
function noteText(note: string): string {
  if (note === 'not an article') return 'This page does not look like an article.';
  const sentence = note.charAt(0).toUpperCase() + note.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

// ---- the list --------------------------------------------------------------------------------------------------

function itemActions(model: Model): ItemActions {
  return {
    copy(statement, button) {
      const name = statement.speaker?.name.trim();
      const text = formatStatement(statement, model.source, model.settings.copyFormat);
      void copyText(text, name ? `quote by ${name}` : 'quote').then((ok) => {
        if (!ok) return;
        button.classList.add('done');
        setTimeout(() => button.classList.remove('done'), 1200);
      });
    },
    reveal(statement, item) {
      sendToTab<{ ok?: boolean } | undefined>(model.tab.id, {
        type: 'whosaid/reveal',
        statementId: statement.id,
      })
        .then((answer) => {
          if (answer?.ok === false) {
            announce('That quote is no longer on the page', 'error');
            return;
          }
          for (const other of document.querySelectorAll('.statement.current'))
            other.classList.remove('current');
          item.classList.add('current');
          announce('Shown in the page');
        })
        .catch(() => announce('The page did not answer', 'error'));
    },
  };
}

/** The statements that pass the current filter, in page order. */
function shown(model: Model) {
  return model.reply.analysis.statements.filter((s) => matchesFilter(s, model.filter));
}

/** Redraws the list for the current filter and view. */
function refresh(model: Model): void {
  const statements = shown(model);
  const list = byId('list');
  renderStatements(list, statements, model.view, itemActions(model));
  list.dataset.view = model.view;
  list.hidden = statements.length === 0;
  byId('no-match').hidden = statements.length > 0;
  const total = model.reply.analysis.statements.length;
  const copyAll = byId<HTMLButtonElement>('copy-all');
  copyAll.textContent = isFiltered(model.filter) ? `Copy ${statements.length} shown` : `Copy all ${total}`;
  copyAll.disabled = statements.length === 0;
  byId('summary').textContent = isFiltered(model.filter)
    ? `${statements.length} of ${plural(total, 'statement', 'statements')}`
    : summaryText(model.reply);
  byId('view-order').setAttribute('aria-pressed', String(model.view === 'order'));
  byId('view-speaker').setAttribute('aria-pressed', String(model.view === 'speaker'));
}

function summaryText(reply: AnalysisReply): string {
  const { statements } = reply.analysis;
  if (statements.length === 0) return 'No statements';
  const speakers = new Set(statements.map(speakerKey)).size;
  return `${plural(statements.length, 'statement', 'statements')} · ${plural(speakers, 'speaker', 'speakers')}`;
}

function fillSelect(select: HTMLSelectElement, options: { value: string; label: string }[]): void {
  select.replaceChildren(...options.map((o) => el('option', { text: o.label, attrs: { value: o.value } })));
}

const KINDS: StatementKind[] = ['direct', 'partial', 'indirect'];

/** Sets up the filters, view switch, copy and export controls for this reply. */
function wireControls(model: Model): void {
  const { statements } = model.reply.analysis;
  const speakerSelect = byId<HTMLSelectElement>('filter-speaker');
  const speakers = countBy(statements, speakerKey);
  const names = new Map<string, string>();
  for (const s of statements) if (!names.has(speakerKey(s))) names.set(speakerKey(s), speakerName(s));
  fillSelect(speakerSelect, [
    { value: '', label: `All speakers (${speakers.size})` },
    ...[...speakers].map(([key, count]) => ({ value: key, label: `${names.get(key) ?? key} (${count})` })),
  ]);
  speakerSelect.addEventListener('change', () => {
    model.filter = { ...model.filter, speaker: speakerSelect.value || null };
    refresh(model);
  });

  const kindSelect = byId<HTMLSelectElement>('filter-kind');
  const kinds = countBy(statements, (s) => s.kind);
  fillSelect(kindSelect, [
    { value: '', label: 'All kinds' },
    ...KINDS.filter((k) => kinds.has(k)).map((k) => ({
      value: k,
      label: `${KIND_LABEL[k]} (${kinds.get(k)})`,
    })),
  ]);
  kindSelect.addEventListener('change', () => {
    model.filter = { ...model.filter, kind: (kindSelect.value || null) as StatementKind | null };
    refresh(model);
  });

  const search = byId<HTMLInputElement>('search');
  search.addEventListener('input', () => {
    model.filter = { ...model.filter, query: search.value };
    refresh(model);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && search.value) {
      search.value = '';
      model.filter = { ...model.filter, query: '' };
      refresh(model);
      event.preventDefault();
      event.stopPropagation();
    }
  });

  byId('clear-filters').addEventListener('click', () => {
    model.filter = { ...NO_FILTER };
    search.value = '';
    speakerSelect.value = '';
    kindSelect.value = '';
    refresh(model);
    search.focus();
  });

  for (const [id, view] of [
    ['view-order', 'order'],
    ['view-speaker', 'speaker'],
  ] as const) {
    byId(id).addEventListener('click', () => {
      model.view = view;
      refresh(model);
    });
  }

  const formatSelect = byId<HTMLSelectElement>('copy-format');
  fillSelect(
    formatSelect,
    COPY_FORMATS.map((f) => ({ value: f, label: COPY_FORMAT_LABEL[f] })),
  );
  formatSelect.value = model.settings.copyFormat;
  formatSelect.addEventListener('change', () => {
    const copyFormat = formatSelect.value as CopyFormat;
    model.settings = { ...model.settings, copyFormat };
    void updateSettings((current) => ({ ...current, copyFormat }));
  });

  byId('copy-all').addEventListener('click', () => {
    const statements = shown(model);
    void copyText(
      formatStatements(statements, model.source, model.settings.copyFormat),
      plural(statements.length, 'statement', 'statements'),
    );
  });

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    const format = button.dataset.export as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new Error(`popup: unknown export ${format}`);
    button.addEventListener('click', () => {
      download(exportAs(format, model.reply, model.source), exportFileName(model.source, format), format);
    });
  }
}

/** Saves `text` as a file through the browser's download of a blob link. */
function download(text: string, fileName: string, format: ExportFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: EXPORT_FILE[format].type }));
  const link = el('a', { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  announce(`Exported ${EXPORT_FILE[format].label}`);
}

function showReply(reply: AnalysisReply, tab: TargetTab, settings: Settings): void {
  const { statements } = reply.analysis;
  const source = sourceOf(reply);
  showPageTitle(source.title);
  byId('summary').textContent = summaryText(reply);
  byId('timing').textContent = `Read in ${Math.round(reply.timings.totalMs)} ms`;
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
                'The page was open before whosaid started, or is still loading. Reload it, then open whosaid again.',
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

// ---- keyboard --------------------------------------------------------------------------------------------------

/** Arrow keys move between statements; Home/End jump to the first/last; "/" goes to the search box. */
function keyboard(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.matches('input, select, textarea');
    if (event.key === '/' && !typing && !byId('toolbar').hidden) {
      byId('search').focus();
      event.preventDefault();
      return;
    }
    if (typing || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    if (!target.closest('#list')) return;
    const items = [...document.querySelectorAll<HTMLLIElement>('#list .statement')];
    const current = items.findIndex((item) => item.contains(target));
    const last = items.length - 1;
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? last
          : Math.min(last, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    const button = items[next]?.querySelector<HTMLButtonElement>('button.copy');
    button?.focus();
    items[next]?.scrollIntoView({ block: 'nearest' });
    event.preventDefault();
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
