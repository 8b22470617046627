/**
 * Feature: the keyboard shortcut (manifest `commands`, Alt+Shift+H by default) switches the active tab's highlights
 * on and off through `whosaid/set-highlights`.
 */
import { browser } from 'wxt/browser';
import { activeTab, sendToTab } from './tabs.ts';

export const TOGGLE_HIGHLIGHTS = 'toggle-highlights';

/** The command handler (also what the browser test calls). Returns the tab's new state, or null. */
export async function onCommand(command: string): Promise<boolean | null> {
  if (command !== TOGGLE_HIGHLIGHTS) return null;
  const tab = await activeTab();
  if (!tab) return null;
  try {
    const answer = await sendToTab<{ enabled?: boolean } | undefined>(tab.id, {
      type: 'whosaid/set-highlights',
    });
    return typeof answer?.enabled === 'boolean' ? answer.enabled : null;
  } catch {
    return null; // No content script on this tab.
  }
}

export function commands(): void {
  browser.commands.onCommand.addListener((command) => void onCommand(command));
}
