/**
 * The popup's states other than the list: loading, switched off, unreachable, error, empty. Each is a title,
 * an explanation and maybe one action, drawn in #state.
 */
import { byId, el, svgIcon } from './dom.ts';

/** One of the popup's non-list states: a title, an explanation, and maybe an action. */
export interface StateView {
  tone: 'info' | 'empty' | 'error';
  title: string;
  detail: string;
  action?: { label: string; run: () => void };
}

/** Outline icons for the states: a speech bubble with quote marks, a bubble with a dash, a warning sign. */
const STATE_ICON: Record<StateView['tone'], readonly string[]> = {
  empty: ['M4 6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-7l-4 4v-4H6a2 2 0 0 1-2-2z', 'M9 8v2M13 8v2'],
  info: ['M4 6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-7l-4 4v-4H6a2 2 0 0 1-2-2z', 'M9 10h6'],
  error: ['M12 4l9 16H3z', 'M12 10v4M12 17v.5'],
};

/** Shows `view` in place of the list and its toolbar. */
export function showState(view: StateView): void {
  const state = byId('state');
  state.dataset.tone = view.tone;
  const children: Node[] = [
    svgIcon(STATE_ICON[view.tone], 'state-icon'),
    el('p', { class: 'state-title', text: view.title }),
    el('p', { class: 'state-detail', text: view.detail }),
  ];
  if (view.action) {
    const button = el('button', { class: 'primary', text: view.action.label, attrs: { type: 'button' } });
    button.addEventListener('click', view.action.run);
    children.push(button);
  }
  state.replaceChildren(...children);
  state.hidden = false;
  byId('list').hidden = true;
  byId('toolbar').hidden = true;
  byId('content').setAttribute('aria-busy', 'false');
}

export function showPageTitle(title: string | undefined): void {
  const node = byId('page-title');
  node.textContent = title ?? '';
  node.title = title ?? '';
  node.hidden = !title;
}

/** Why a page may have no statements, for the empty state. */
export const EMPTY_DETAIL =
  'whosaid looks for quotations and reported speech with a speaker nearby (“…,” she said). ' +
  'Index pages, videos and pages without quotes have none.';

/** The content script's note as a sentence: "not an article" -> "This page does not look like an article." */
export function noteText(note: string): string {
  if (note === 'not an article') return 'This page does not look like an article.';
  const sentence = note.charAt(0).toUpperCase() + note.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
