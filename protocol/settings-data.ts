/**
 * The user's settings as data: their shape, defaults, normalizing, and the site switch. No storage here:
 * protocol/settings.ts stores them with WXT storage for the popup, options and background (and re-exports this
 * file); the content script reads and watches the one stored value itself (protocol/stored-settings.ts).
 * Stored values are treated as untrusted: `normalizeSettings` fills in anything missing or malformed.
 */

export type CopyFormat = 'plain' | 'markdown' | 'citation';
export type Activation = 'automatic' | 'on-click';

export interface Settings {
  /** Off switches the whole extension off: no reading, no highlights. */
  enabled: boolean;
  /** Hostnames (lower case, no `www.`) where whosaid is off. */
  disabledSites: string[];
  /** `automatic`: read every page when it loads. `on-click`: only when the popup is opened on it. */
  activation: Activation;
  /**
   * Which highlights the content script draws. `bySpeaker`: each speaker's quotes in their own tint; false: every
   * quote in `colors.quote`.
   */
  highlights: { quotes: boolean; people: boolean; bySpeaker: boolean };
  /** Highlight colours as #rrggbb; the content script draws them translucent. */
  colors: { quote: string; person: string };
  /** What the copy buttons and the context menu put on the clipboard. */
  copyFormat: CopyFormat;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  activation: 'automatic',
  highlights: { quotes: true, people: true, bySpeaker: true },
  colors: { quote: '#ffd54f', person: '#90caf9' },
  copyFormat: 'plain',
};

export const COPY_FORMATS: readonly CopyFormat[] = ['plain', 'markdown', 'citation'];
export const ACTIVATIONS: readonly Activation[] = ['automatic', 'on-click'];

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** Returns a complete, valid Settings from whatever was stored; unknown or malformed fields take their defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const highlights = isRecord(value.highlights) ? value.highlights : {};
  const colors = isRecord(value.colors) ? value.colors : {};
  const d = DEFAULT_SETTINGS;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : d.enabled,
    disabledSites: Array.isArray(value.disabledSites)
      ? [
          ...new Set(value.disabledSites.filter((s): s is string => typeof s === 'string').map(siteKey)),
        ].filter(Boolean)
      : [...d.disabledSites],
    activation: ACTIVATIONS.includes(value.activation as Activation)
      ? (value.activation as Activation)
      : d.activation,
    highlights: {
      quotes: typeof highlights.quotes === 'boolean' ? highlights.quotes : d.highlights.quotes,
      people: typeof highlights.people === 'boolean' ? highlights.people : d.highlights.people,
      bySpeaker: typeof highlights.bySpeaker === 'boolean' ? highlights.bySpeaker : d.highlights.bySpeaker,
    },
    colors: {
      quote: typeof colors.quote === 'string' && HEX_COLOR.test(colors.quote) ? colors.quote : d.colors.quote,
      person:
        typeof colors.person === 'string' && HEX_COLOR.test(colors.person) ? colors.person : d.colors.person,
    },
    copyFormat: COPY_FORMATS.includes(value.copyFormat as CopyFormat)
      ? (value.copyFormat as CopyFormat)
      : d.copyFormat,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The key a site is listed under: the hostname in lower case without a leading `www.`, from a URL or a hostname.
 * Returns '' for input without a hostname (about:blank, garbage).
 */
export function siteKey(urlOrHost: string): string {
  let host = urlOrHost.trim().toLowerCase();
  if (host.includes('/') || host.includes(':')) {
    try {
      host = new URL(host).hostname;
    } catch {
      return '';
    }
  }
  return host.replace(/^www\./, '');
}

/** True when whosaid should read a page at `url` under these settings. */
export function isActiveOn(settings: Settings, url: string): boolean {
  return settings.enabled && isActiveOnSite(settings, siteKey(url));
}

/** `isActiveOn` for a page whose `siteKey` is known (`key`, '' for none). */
export function isActiveOnSite(settings: Settings, key: string): boolean {
  return settings.enabled && (!key || !settings.disabledSites.includes(key));
}

/** Where the settings live: WXT storage's key (`area:key`), in `browser.storage.sync` under `whosaid-settings`. */
export const SETTINGS_KEY = 'sync:whosaid-settings';
