/**
 * Copying to the clipboard, and the short "Copied" notice (also read by screen readers through role=status).
 */
import { byId } from './dom.ts';

let hideTimer: ReturnType<typeof setTimeout> | undefined;

/** Shows `message` in the toast for a moment. */
export function announce(message: string, tone: 'ok' | 'error' = 'ok'): void {
  const toast = byId('toast');
  toast.textContent = message;
  toast.dataset.tone = tone;
  toast.classList.add('visible');
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => toast.classList.remove('visible'), 1800);
}

/** Writes `text` to the clipboard and announces the result. Returns false when the browser refused. */
export async function copyText(text: string, what: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    announce(`Copied ${what}`);
    return true;
  } catch {
    announce('Could not copy: the browser refused clipboard access', 'error');
    return false;
  }
}
