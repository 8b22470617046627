/**
 * The statement list, in page order or grouped by speaker. Each item shows the words (long ones folded), the
 * speaker, the kind and the cue, with buttons to show it in the page and to copy it.
 */
import type { Person, Statement } from '../../lib/types.ts';
import { KIND_LABEL, UNKNOWN_SPEAKER, statementWords } from '../../protocol/attribution.ts';
import { el, svgIcon } from './dom.ts';
import { groupBySpeaker } from './exports.ts';

/** Quotes longer than this many characters are folded to a few lines until unfolded. */
export const FOLD_AT = 220;

/** Short kind names for the badge. */
const KIND_BADGE: Record<Statement['kind'], string> = {
  direct: 'Quote',
  partial: 'Partial',
  indirect: 'Reported',
};

export interface ItemActions {
  copy(statement: Statement, button: HTMLButtonElement): void;
  reveal(statement: Statement, item: HTMLLIElement): void;
}

export type ListView = 'order' | 'speaker';

/** One `<li>` for a statement. */
export function statementItem(statement: Statement, actions: ItemActions): HTMLLIElement {
  const name = statement.speaker?.name.trim() || '';
  const body = statementWords(statement);
  const wordsId = `words-${statement.id}`;
  const words =
    statement.kind === 'indirect'
      ? el('p', { class: 'words reported', text: body, attrs: { id: wordsId } })
      : el('blockquote', { class: 'words', text: body, attrs: { id: wordsId } });
  const long = body.length > FOLD_AT;
  let fold: HTMLButtonElement | null = null;
  if (long) {
    words.classList.add('folded');
    fold = el('button', {
      class: 'fold',
      text: 'Show all',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': wordsId },
    });
    const toggle = fold;
    toggle.addEventListener('click', () => {
      const open = words.classList.toggle('folded') === false;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? 'Show less' : 'Show all';
    });
  }
  const who = name ? `quote by ${name}` : 'unattributed quote';
  const reveal = iconButton('reveal', 'Show', `Show ${who} in the page`, LOCATE_ICON);
  const copy = iconButton('copy', 'Copy', `Copy ${who} with attribution`, COPY_ICON);
  const item = el(
    'li',
    {
      class: 'statement',
      attrs: {
        'data-id': statement.id,
        'data-kind': statement.kind,
      },
    },
    [
      words,
      fold,
      el('div', { class: 'meta' }, [
        el('div', { class: 'who' }, [
          el('span', { class: name ? 'speaker' : 'speaker unknown', text: name || UNKNOWN_SPEAKER }),
          el('span', {
            class: `kind kind-${statement.kind}`,
            text: KIND_BADGE[statement.kind],
            attrs: { title: KIND_LABEL[statement.kind] },
          }),
          statement.cue
            ? el('span', { class: 'cue', attrs: { title: 'Attributed by' } }, [
                el('span', { text: statement.cue.text }),
              ])
            : null,
        ]),
        el('div', { class: 'actions' }, [reveal, copy]),
      ]),
    ],
  );
  copy.addEventListener('click', () => actions.copy(statement, copy));
  reveal.addEventListener('click', () => actions.reveal(statement, item));
  // A click anywhere else on the item (not on its buttons, not while selecting text) shows it in the page.
  item.addEventListener('click', (event) => {
    if ((event.target as Element).closest('button')) return;
    if (String(getSelection() ?? '').length > 0) return;
    actions.reveal(statement, item);
  });
  return item;
}

/** Renders `statements` into `root` as one list, or as one list per speaker with a heading and count. */
export function renderStatements(
  root: HTMLElement,
  statements: Statement[],
  view: ListView,
  actions: ItemActions,
): void {
  if (view === 'order') {
    root.replaceChildren(
      el('ol', { class: 'statements', attrs: { 'aria-label': 'Statements in page order' } }, [
        ...statements.map((s) => statementItem(s, actions)),
      ]),
    );
    return;
  }
  const sections: HTMLElement[] = [];
  let index = 0;
  for (const [speaker, group] of groupBySpeaker(statements)) {
    const headingId = `speaker-${index++}`;
    sections.push(
      el('section', { class: 'group', attrs: { 'aria-labelledby': headingId } }, [
        el('h2', { class: 'group-heading', attrs: { id: headingId } }, [
          el('span', {
            class: speaker === UNKNOWN_SPEAKER ? 'group-name unknown' : 'group-name',
            text: speaker,
          }),
          el('span', {
            class: 'count',
            text: String(group.length),
            attrs: { 'aria-label': `${group.length} statement${group.length === 1 ? '' : 's'}` },
          }),
        ]),
        el('ol', { class: 'statements', attrs: { 'aria-labelledby': headingId } }, [
          ...group.map((s) => statementItem(s, actions)),
        ]),
      ]),
    );
  }
  root.replaceChildren(...sections);
}

/** The "named but not quoted" section, or null when everyone named is quoted. */
export function peopleSection(people: Person[]): HTMLElement | null {
  if (people.length === 0) return null;
  return el('section', { class: 'people', attrs: { 'aria-labelledby': 'people-heading' } }, [
    el('h2', { class: 'people-heading', attrs: { id: 'people-heading' } }, [
      el('span', { text: 'Named, not quoted' }),
      el('span', { class: 'count', text: String(people.length) }),
    ]),
    el('ul', { class: 'people-list' }, [
      ...people.map((p) =>
        el('li', {
          class: 'person',
          text: p.name,
          attrs: { title: `${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'}` },
        }),
      ),
    ]),
  ]);
}

const COPY_ICON = ['M9 9h10v11H9z', 'M5 15V4h10'];
const LOCATE_ICON = ['M12 3v3M12 18v3M3 12h3M18 12h3', 'M12 7a5 5 0 1 0 0 10a5 5 0 1 0 0-10z'];

function iconButton(name: string, text: string, label: string, paths: string[]): HTMLButtonElement {
  const button = el('button', {
    class: `action ${name}`,
    attrs: { type: 'button', 'aria-label': label, title: label },
  });
  button.append(svgIcon(paths), el('span', { class: 'action-text', text }));
  return button;
}
