/**
 * Small enhancements of the static page bodies, which the browser does not
 * hydrate (src/components/Island.tsx): plain DOM code that runs once per page.
 *
 * - A link to an entry inside a folded history (<details>) opens the fold and
 *   scrolls to the entry.
 * - Focusing the embed code selects it all.
 * - The embed code's copy button (hidden in the HTML, so a reader without
 *   JavaScript never sees a button that does nothing) is shown and copies.
 * - Once the page has loaded, its far sections are laid out one by one while
 *   the browser is idle (src/client/reveal.ts).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { ALL_SHOWN, SHOWN, browserIdle, revealInTurn } from './reveal';

function revealTarget(): void {
  const id = window.location.hash ? decodeURIComponent(window.location.hash.slice(1)) : '';
  const target = id ? document.getElementById(id) : null;
  const folded = target?.closest('details');
  if (target && folded && !folded.open) {
    folded.open = true;
    target.scrollIntoView();
  }
}

function showCopyButtons(): void {
  document.querySelectorAll<HTMLButtonElement>('button[data-copy][hidden]').forEach((b) => (b.hidden = false));
}

function onClick(event: MouseEvent): void {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
  if (!button) return;
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  void navigator.clipboard?.writeText(button.dataset.copy ?? '').then(() => {
    if (status) status.textContent = button.dataset.copied ?? '';
  });
}

function onFocus(event: FocusEvent): void {
  const field = event.target;
  if (field instanceof HTMLTextAreaElement && field.closest('.embed-code')) field.select();
}

function showSections(): void {
  const sections = Array.from(document.querySelectorAll(`main.page > section:not([${SHOWN}])`));
  revealInTurn(sections, browserIdle(window), () => document.documentElement.setAttribute(ALL_SHOWN, ''));
}

if (ExecutionEnvironment.canUseDOM) {
  if (document.readyState === 'complete') showSections();
  else window.addEventListener('load', showSections, { once: true });
  window.addEventListener('hashchange', revealTarget);
  document.addEventListener('click', onClick);
  document.addEventListener('focusin', onFocus);
}

export function onRouteDidUpdate({ previousLocation }: { previousLocation: unknown }): void {
  revealTarget();
  showCopyButtons();
  // a page reached by client-side navigation (the first page waits for its load event, above)
  if (previousLocation) showSections();
}
