/**
 * The offscreen document (Chrome only): copies text for the background worker, which has no clipboard. An
 * offscreen document never has focus, so `navigator.clipboard` refuses; `execCommand('copy')` on a textarea works.
 */
import { browser } from 'wxt/browser';
import { asOffscreenCopy } from './protocol.ts';

browser.runtime.onMessage.addListener((message: unknown) => {
  const request = asOffscreenCopy(message);
  if (!request) return undefined;
  const area = document.getElementById('clipboard') as HTMLTextAreaElement;
  area.value = request.text;
  area.select();
  const ok = document.execCommand('copy');
  area.value = '';
  return Promise.resolve({ ok });
});
