/** Keyboard use of the popup beyond Tab: arrow keys through the list, "/" to search. */
import { byId } from './dom.ts';

/** Arrow keys move between statements; Home/End jump to the first/last; "/" goes to the search box. */
export function keyboard(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.matches('input, select, textarea');
    if (event.key === '/' && !typing && !byId('toolbar').hidden) {
      byId('search').focus();
      event.preventDefault();
      return;
    }
    if (typing || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    if (!target.closest('#list')) return;
    const items = [...document.querySelectorAll<HTMLLIElement>('#list .statement')];
    const current = items.findIndex((item) => item.contains(target));
    const last = items.length - 1;
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? last
          : Math.min(last, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    const button = items[next]?.querySelector<HTMLButtonElement>('button.copy');
    button?.focus();
    items[next]?.scrollIntoView({ block: 'nearest' });
    event.preventDefault();
  });
}
