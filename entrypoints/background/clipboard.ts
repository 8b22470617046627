/**
 * Writing to the clipboard from the background. A Chrome service worker has no `navigator.clipboard`, so the text
 * goes to an offscreen document (entrypoints/offscreen) that copies it; Firefox's background page copies itself.
 */
import { browser } from 'wxt/browser';
import { OFFSCREEN_COPY, type OffscreenCopy } from '../offscreen/protocol.ts';

const OFFSCREEN_PATH = '/offscreen.html';

let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
  if (contexts.length > 0) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [chrome.offscreen.Reason.CLIPBOARD],
      justification: 'Copy a quote with its attribution from the context menu',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Puts `text` on the clipboard. Rejects when the browser refuses. */
export async function writeClipboard(text: string): Promise<void> {
  if (typeof chrome !== 'undefined' && chrome.offscreen) {
    await ensureOffscreen();
    const message: OffscreenCopy = { type: OFFSCREEN_COPY, text };
    const answer = (await browser.runtime.sendMessage(message)) as { ok?: boolean } | undefined;
    if (!answer?.ok) throw new Error('background: the offscreen document could not copy');
    return;
  }
  await navigator.clipboard.writeText(text);
}
