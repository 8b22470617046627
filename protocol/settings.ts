/**
 * The user's settings, stored with WXT storage (`sync:` so they follow the user), read and written by the popup,
 * the options and the background. Changes apply to open tabs at once: readers watch and redraw. The settings as
 * data (types, defaults, `normalizeSettings`, `isActiveOn`) are protocol/settings-data.ts, re-exported here.
 * The content script, on every page, reads and watches the stored value without WXT storage
 * (protocol/stored-settings.ts): the same key, the same normalizing.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_KEY, type Settings } from './settings-data.ts';

export * from './settings-data.ts';

function defineSettingsItem() {
  return storage.defineItem<unknown>(SETTINGS_KEY, { fallback: DEFAULT_SETTINGS });
}

let item: ReturnType<typeof defineSettingsItem> | undefined;

/**
 * The stored settings item, defined on first use so that importing this module (unit tests, the CLI) touches no
 * browser API. Prefer `loadSettings`/`watchSettings`, which normalize.
 */
export function settingsItem(): ReturnType<typeof defineSettingsItem> {
  item ??= defineSettingsItem();
  return item;
}

/** The current settings, normalized. */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem().getValue());
}

/** Stores `settings` (normalized first). */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem().setValue(normalizeSettings(settings));
}

/** Changes some settings, keeping the others. Returns the stored result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings()));
  await settingsItem().setValue(next);
  return next;
}

/** Calls `listener` with the normalized settings whenever they change. Returns the function that stops watching. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => listener(normalizeSettings(value)));
}
