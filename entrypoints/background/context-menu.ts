/**
 * Feature: "Copy quote with attribution" in the context menu of selected text. The content script says which
 * statement holds the selection (`whosaid/statement-at-selection`); the selected words are copied with that
 * statement's speaker and the article's source, in the user's copy format. A selection outside every statement is
 * copied with the source only.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Statement } from '../../lib/types.ts';
import { loadSettings } from '../../protocol/settings.ts';
import { formatStatement, sourceOf } from '../../protocol/attribution.ts';
import { writeClipboard } from './clipboard.ts';
import { analysisOf, sendToTab } from './tabs.ts';

export const MENU_ID = 'whosaid-copy-quote';

/** Quote marks a reader often selects along with the words. */
const ENCLOSING = /^[\s“”"‘’'«»„]+|[\s“”"‘’'«»„]+$/g;

/**
 * The statement to copy for a selection inside `statement`: its speaker, kind and cue with the selected words
 * (without enclosing quote marks), or the whole statement when the selection is empty.
 */
export function selectionStatement(statement: Statement, selection: string): Statement {
  const words = selection.replace(ENCLOSING, '');
  return words ? { ...statement, text: words } : statement;
}

/** What the menu puts on the clipboard for the selection in `tabId`; null when there is nothing to copy. */
export async function attributionForSelection(tabId: number, selectionText: string): Promise<string | null> {
  const [answer, reply, settings] = await Promise.all([
    sendToTab<{ statementId?: string | null } | undefined>(tabId, {
      type: 'whosaid/statement-at-selection',
    }).catch(() => undefined),
    analysisOf(tabId),
    loadSettings(),
  ]);
  const words = selectionText.replace(ENCLOSING, '');
  if (!reply) return words ? `“${words}”` : null;
  const statement = reply.analysis.statements.find((s) => s.id === answer?.statementId);
  const source = sourceOf(reply);
  const copied: Statement = statement
    ? selectionStatement(statement, selectionText)
    : { id: 'selection', kind: 'direct', text: words, spans: [], speaker: null, cue: null };
  if (!copied.text) return null;
  return formatStatement(copied, source, settings.copyFormat);
}

/** The menu's click handler (also what the browser test calls: headless Chromium has no menus to click). */
export async function onMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  const text = await attributionForSelection(tab.id, info.selectionText ?? '');
  if (text) await writeClipboard(text);
}

export function contextMenu(): void {
  // Made at every start: Chrome keeps menus across restarts, Firefox does not; removeAll avoids a duplicate id.
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Copy quote with attribution',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    onMenuClick(info, tab).catch((error: unknown) =>
      console.error('whosaid: copy with attribution failed', error),
    );
  });
}
