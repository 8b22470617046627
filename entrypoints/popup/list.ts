/**
 * The statement list: one item per statement with its words, speaker, kind and cue, and a copy button.
 */
import type { Statement } from '../../lib/types.ts';
import { KIND_LABEL, UNKNOWN_SPEAKER, plainAttribution, quoteBody } from './attribution.ts';
import { copyText } from './clipboard.ts';
import { el } from './dom.ts';

/** Short kind names for the badge. */
const KIND_BADGE: Record<Statement['kind'], string> = {
  direct: 'Quote',
  partial: 'Partial',
  indirect: 'Reported',
};

/** One `<li>` for a statement. */
export function statementItem(statement: Statement): HTMLLIElement {
  const name = statement.speaker?.name.trim() || '';
  const body = quoteBody(statement.text);
  const words =
    statement.kind === 'indirect'
      ? el('p', { class: 'words reported', text: body })
      : el('blockquote', { class: 'words', text: body });
  const speaker = el('span', {
    class: name ? 'speaker' : 'speaker unknown',
    text: name || UNKNOWN_SPEAKER,
  });
  const badge = el('span', {
    class: `kind kind-${statement.kind}`,
    text: KIND_BADGE[statement.kind],
    attrs: { title: KIND_LABEL[statement.kind] },
  });
  const cue = statement.cue
    ? el('span', { class: 'cue', attrs: { title: 'Attributed by' } }, [
        el('span', { text: statement.cue.text }),
      ])
    : null;
  const copy = el('button', {
    class: 'copy',
    attrs: {
      type: 'button',
      'aria-label': `Copy ${name ? `quote by ${name}` : 'unattributed quote'} with attribution`,
      title: 'Copy with attribution',
    },
  });
  copy.append(copyIcon(), el('span', { text: 'Copy' }));
  copy.addEventListener('click', () => {
    void copyText(plainAttribution(statement), name ? `quote by ${name}` : 'quote').then((ok) => {
      if (!ok) return;
      copy.classList.add('done');
      setTimeout(() => copy.classList.remove('done'), 1200);
    });
  });
  return el(
    'li',
    {
      class: 'statement',
      attrs: {
        'data-id': statement.id,
        'data-kind': statement.kind,
        'aria-label': `${KIND_LABEL[statement.kind]} by ${name || 'unknown'}`,
      },
    },
    [words, el('div', { class: 'meta' }, [speaker, badge, cue, el('span', { class: 'spacer' }), copy])],
  );
}

/** Replaces the list's items. */
export function renderList(list: HTMLOListElement, statements: Statement[]): void {
  list.replaceChildren(...statements.map(statementItem));
}

function copyIcon(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  for (const d of ['M9 9h10v11H9z', 'M5 15V4h10']) {
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}
