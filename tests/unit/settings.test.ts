import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, normalizeSettings, siteKey } from '../../protocol/settings.ts';

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
  });
});
