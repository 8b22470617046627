import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  isActiveOnSite,
  normalizeSettings,
  SETTINGS_KEY,
  siteKey,
  type Settings,
} from '../../protocol/settings.ts';
import {
  readStoredSettings,
  watchStoredSettings,
  type StorageChanges,
} from '../../protocol/stored-settings.ts';

describe('settings', () => {
  test('anything not an object gives the defaults', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('x')).toEqual(DEFAULT_SETTINGS);
  });

  test('malformed fields take their defaults, good ones stay', () => {
    expect(
      normalizeSettings({
        enabled: false,
        disabledSites: ['WWW.Example.com', 3, 'https://news.example.org/a', 'example.com'],
        activation: 'sometimes',
        highlights: { quotes: false, people: 'yes' },
        colors: { quote: 'red', person: '#112233' },
        copyFormat: 'citation',
      }),
    ).toEqual({
      enabled: false,
      disabledSites: ['example.com', 'news.example.org'],
      activation: 'automatic',
      highlights: { quotes: false, people: true, bySpeaker: true },
      colors: { quote: DEFAULT_SETTINGS.colors.quote, person: '#112233' },
      copyFormat: 'citation',
    });
  });

  test.each([
    ['https://www.Example.com/news/1', 'example.com'],
    ['news.example.org', 'news.example.org'],
    ['http://127.0.0.1:4000/a', '127.0.0.1'],
    ['about:blank', ''],
    ['not a url:', ''],
  ])('siteKey(%j) = %j', (input, expected) => {
    expect(siteKey(input)).toBe(expected);
  });

  test.each([
    [{}, 'https://example.com/a', true],
    [{ disabledSites: ['example.com'] }, 'https://www.example.com/a', false],
    [{ disabledSites: ['example.com'] }, 'https://news.example.com/a', true],
    [{ enabled: false }, 'https://example.com/a', false],
  ])('isActiveOn(%j, %s) = %s', (settings, url, expected) => {
    expect(isActiveOn(normalizeSettings(settings), url)).toBe(expected);
    expect(isActiveOnSite(normalizeSettings(settings), siteKey(url))).toBe(expected);
  });
});

describe('the content script’s stored settings (without WXT storage)', () => {
  /** A storage.sync holding `stored` under WXT's key for the settings, and a storage.onChanged to fire. */
  function fakeStorage(stored: Record<string, unknown>) {
    type Listener = Parameters<StorageChanges['addListener']>[0];
    const listeners = new Set<Listener>();
    const onChanged: StorageChanges = {
      addListener: (l) => listeners.add(l),
      removeListener: (l) => listeners.delete(l),
    };
    const fire = (area: string, key: string, oldValue: unknown, newValue: unknown) => {
      for (const l of listeners) l({ [key]: { oldValue, newValue } }, area);
    };
    return {
      sync: { get: (key: string) => Promise.resolve(key in stored ? { [key]: stored[key] } : {}) },
      onChanged,
      fire,
    };
  }
  /** Where WXT storage keeps 'sync:whosaid-settings': the key after the area. */
  const KEY = SETTINGS_KEY.split(':')[1]!;

  test('reads the value WXT storage wrote, normalized; nothing stored gives the defaults', async () => {
    expect(KEY).toBe('whosaid-settings');
    const stored = { enabled: false, activation: 'on-click', colors: { quote: 'red' } };
    expect(await readStoredSettings(fakeStorage({ [KEY]: stored }))).toEqual(normalizeSettings(stored));
    expect((await readStoredSettings(fakeStorage({ [KEY]: stored }))).activation).toBe('on-click');
    expect(await readStoredSettings(fakeStorage({}))).toEqual(DEFAULT_SETTINGS);
    expect(await readStoredSettings(fakeStorage({ other: { enabled: false } }))).toEqual(DEFAULT_SETTINGS);
  });

  test('calls back on a change of the settings in sync storage only, until stopped', () => {
    const storage = fakeStorage({});
    const seen: Settings[] = [];
    const stop = watchStoredSettings(storage.onChanged, (s) => seen.push(s));
    storage.fire('sync', KEY, undefined, { enabled: false });
    storage.fire('local', KEY, undefined, { activation: 'on-click' });
    storage.fire('sync', 'other', undefined, { activation: 'on-click' });
    storage.fire('sync', KEY, { enabled: false }, { enabled: false });
    storage.fire('sync', KEY, { enabled: false }, undefined);
    stop();
    storage.fire('sync', KEY, undefined, { enabled: false });
    expect(seen).toEqual([normalizeSettings({ enabled: false }), DEFAULT_SETTINGS]);
  });
});
