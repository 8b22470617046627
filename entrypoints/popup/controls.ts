/**
 * The list's controls once the tab has answered: filters, search, the order/speaker switch, the copy format, copy
 * all shown, export; and the list itself, redrawn on every change.
 */
import type { StatementKind } from '../../lib/types.ts';
import type { AnalysisReply } from '../../protocol/messages.ts';
import { COPY_FORMATS, updateSettings, type CopyFormat, type Settings } from '../../protocol/settings.ts';
import {
  COPY_FORMAT_LABEL,
  KIND_LABEL,
  formatStatement,
  formatStatements,
  speakerKey,
  speakerName,
  type Source,
} from '../../protocol/attribution.ts';
import { announce, copyText } from './clipboard.ts';
import { byId, el } from './dom.ts';
import { EXPORT_FILE, EXPORT_FORMATS, exportAs, exportFileName, type ExportFormat } from './exports.ts';
import { NO_FILTER, countBy, isFiltered, matchesFilter, type Filter } from './filter.ts';
import { renderStatements, type ItemActions, type ListView } from './list.ts';
import { sendToTab, type TargetTab } from './target.ts';

/** Everything the list needs once the tab has answered. */
export interface Model {
  tab: TargetTab;
  reply: AnalysisReply;
  source: Source;
  settings: Settings;
  filter: Filter;
  view: ListView;
}

/** "1 statement", "2 statements". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

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
export function refresh(model: Model): void {
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

export function summaryText(reply: AnalysisReply): string {
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
export function wireControls(model: Model): void {
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
