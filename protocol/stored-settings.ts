/**
 * The content script's view of the stored settings: the value WXT storage keeps under SETTINGS_KEY
 * (protocol/settings.ts), read and watched with `browser.storage` directly. The content script runs on every
 * page, and WXT storage's module set-up and first read cost it ~0.5 ms of start-up (Chromium, saved pages) for
 * one key it only reads. Same normalizing as `loadSettings`/`watchSettings`: a missing value gives the defaults.
 */
import { normalizeSettings, SETTINGS_KEY, type Settings } from './settings-data.ts';

/** The storage area's name and the key in it, from WXT's `area:key`. */
const AREA = SETTINGS_KEY.slice(0, SETTINGS_KEY.indexOf(':'));
const KEY = SETTINGS_KEY.slice(SETTINGS_KEY.indexOf(':') + 1);

/** What `browser.storage.sync` offers that this file uses. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/** What `browser.storage.onChanged` offers that this file uses. */
export interface StorageChanges {
  addListener(listener: StorageListener): void;
  removeListener(listener: StorageListener): void;
}

type StorageListener = (
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
  area: string,
) => void;

/**
 * The stored settings, normalized (the defaults when nothing is stored). Rejects when storage fails.
 * (The parameter is not named `storage`: WXT's auto-imports would bring WXT storage back for that name.)
 */
export async function readStoredSettings(areas: { sync: SettingsArea }): Promise<Settings> {
  const stored = await areas.sync.get(KEY);
  return normalizeSettings(stored[KEY]);
}

/**
 * Calls `listener` with the normalized settings each time the stored value changes (a value removed gives the
 * defaults; a write of an equal value is no change). Returns the function that stops watching.
 */
export function watchStoredSettings(
  onChanged: StorageChanges,
  listener: (settings: Settings) => void,
): () => void {
  const onChange: StorageListener = (changes, area) => {
    const change = area === AREA ? changes[KEY] : undefined;
    if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    listener(normalizeSettings(change.newValue));
  };
  onChanged.addListener(onChange);
  return () => onChanged.removeListener(onChange);
}
