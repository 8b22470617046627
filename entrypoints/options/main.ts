/**
 * The options page. Every change is saved at once with WXT storage; open tabs and the popup watch the settings,
 * so they apply without a reload. Changes made elsewhere (the popup's copy format) show up here too.
 */
import { browser } from 'wxt/browser';
import type { Statement } from '../../lib/types.ts';
import {
  COPY_FORMATS,
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  siteKey,
  watchSettings,
  type Activation,
  type CopyFormat,
  type Settings,
} from '../../protocol/settings.ts';
import { COPY_FORMAT_LABEL, formatStatement, type Source } from '../../protocol/attribution.ts';
import { byId, el } from '../popup/dom.ts';

/** The example the copy formats are shown with. */
const EXAMPLE: Statement = {
  id: 'example',
  kind: 'direct',
  text: 'We will win,',
  spans: [],
  speaker: { name: 'Dana Ortiz' },
  cue: null,
};
const EXAMPLE_SOURCE: Source = {
  title: 'Council passes the harbor budget',
  url: 'https://news.example/harbor-budget',
  site: 'The Harbor Ledger',
  byline: 'Sam Reyes',
  date: 'March 14, 2026',
};

let current: Settings = DEFAULT_SETTINGS;
let savedTimer: ReturnType<typeof setTimeout> | undefined;

async function save(change: (s: Settings) => Settings): Promise<void> {
  current = change(current);
  await saveSettings(current);
  render(current);
  const saved = byId('saved');
  saved.textContent = 'Saved';
  clearTimeout(savedTimer);
  savedTimer = setTimeout(() => (saved.textContent = ''), 1500);
}

function render(settings: Settings): void {
  byId<HTMLInputElement>('enabled').checked = settings.enabled;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="activation"]'))
    radio.checked = radio.value === settings.activation;
  byId<HTMLInputElement>('hl-quotes').checked = settings.highlights.quotes;
  byId<HTMLInputElement>('hl-people').checked = settings.highlights.people;
  byId<HTMLInputElement>('hl-by-speaker').checked = settings.highlights.bySpeaker;
  byId<HTMLInputElement>('hl-by-speaker').disabled = !settings.highlights.quotes;
  byId<HTMLInputElement>('color-quote').value = settings.colors.quote;
  byId<HTMLInputElement>('color-person').value = settings.colors.person;
  const quote = byId('preview-quote');
  const person = byId('preview-person');
  quote.style.backgroundColor = settings.highlights.quotes ? `${settings.colors.quote}80` : 'transparent';
  person.style.backgroundColor = settings.highlights.people ? `${settings.colors.person}80` : 'transparent';
  document.body.classList.toggle('off', !settings.enabled);

  const sites = byId('sites');
  sites.replaceChildren(
    ...settings.disabledSites.map((site) => {
      const remove = el('button', {
        class: 'link',
        text: 'Switch on',
        attrs: { type: 'button', 'aria-label': `Switch whosaid on for ${site}` },
      });
      remove.addEventListener('click', () => {
        void save((s) => ({ ...s, disabledSites: s.disabledSites.filter((d) => d !== site) }));
      });
      return el('li', { class: 'site' }, [el('span', { text: site }), remove]);
    }),
  );
  byId('no-sites').hidden = settings.disabledSites.length > 0;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="copy-format"]'))
    radio.checked = radio.value === settings.copyFormat;
}

function buildCopyFormats(): void {
  const fieldset = byId('copy-formats');
  for (const format of COPY_FORMATS) {
    const radio = el('input', { attrs: { type: 'radio', name: 'copy-format', value: format } });
    radio.addEventListener('change', () => void save((s) => ({ ...s, copyFormat: format as CopyFormat })));
    fieldset.append(
      el('label', {}, [
        radio,
        el('span', {}, [
          el('strong', { text: COPY_FORMAT_LABEL[format] }),
          el('code', { class: 'example', text: formatStatement(EXAMPLE, EXAMPLE_SOURCE, format) }),
        ]),
      ]),
    );
  }
}

function addSite(): void {
  const input = byId<HTMLInputElement>('site-input');
  const error = byId('site-error');
  const key = siteKey(input.value);
  if (!key || !/^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(key) || !key.includes('.')) {
    error.textContent = 'Enter a site like example.com';
    return;
  }
  error.textContent = '';
  input.value = '';
  void save((s) => ({ ...s, disabledSites: [...s.disabledSites, key] }));
}

function wire(): void {
  byId<HTMLInputElement>('enabled').addEventListener('change', (e) => {
    const enabled = (e.target as HTMLInputElement).checked;
    void save((s) => ({ ...s, enabled }));
  });
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="activation"]'))
    radio.addEventListener(
      'change',
      () => void save((s) => ({ ...s, activation: radio.value as Activation })),
    );
  byId<HTMLInputElement>('hl-quotes').addEventListener('change', (e) => {
    const quotes = (e.target as HTMLInputElement).checked;
    void save((s) => ({ ...s, highlights: { ...s.highlights, quotes } }));
  });
  byId<HTMLInputElement>('hl-people').addEventListener('change', (e) => {
    const people = (e.target as HTMLInputElement).checked;
    void save((s) => ({ ...s, highlights: { ...s.highlights, people } }));
  });
  byId<HTMLInputElement>('hl-by-speaker').addEventListener('change', (e) => {
    const bySpeaker = (e.target as HTMLInputElement).checked;
    void save((s) => ({ ...s, highlights: { ...s.highlights, bySpeaker } }));
  });
  // `change` fires when the picker closes: one save per choice, not one per drag step.
  byId<HTMLInputElement>('color-quote').addEventListener('change', (e) => {
    const quote = (e.target as HTMLInputElement).value;
    void save((s) => ({ ...s, colors: { ...s.colors, quote } }));
  });
  byId<HTMLInputElement>('color-person').addEventListener('change', (e) => {
    const person = (e.target as HTMLInputElement).value;
    void save((s) => ({ ...s, colors: { ...s.colors, person } }));
  });
  byId('reset-colors').addEventListener('click', () => {
    void save((s) => ({ ...s, colors: { ...DEFAULT_SETTINGS.colors } }));
  });
  byId('add-site').addEventListener('click', addSite);
  byId('site-input').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      addSite();
    }
  });
  byId('settings').addEventListener('submit', (e) => e.preventDefault());
}

/** Lists the extension's keyboard commands with the keys the browser has bound to them. */
async function showShortcuts(): Promise<void> {
  const list = byId('shortcuts');
  const commands = await browser.commands.getAll();
  list.replaceChildren(
    ...commands
      .filter((c) => c.name && c.description)
      .flatMap((c) => [
        el('dt', {}, [
          c.shortcut ? el('kbd', { text: c.shortcut }) : el('span', { class: 'muted', text: 'No key set' }),
        ]),
        el('dd', { text: c.description ?? '' }),
      ]),
  );
}

async function start(): Promise<void> {
  buildCopyFormats();
  void showShortcuts();
  wire();
  current = await loadSettings();
  render(current);
  watchSettings((settings) => {
    current = settings;
    render(settings);
  });
  document.body.dataset.ready = 'true';
}

void start();
