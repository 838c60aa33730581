/**
 * Small enhancements of the static page bodies, which the browser does not
 * hydrate (src/components/Island.tsx): plain DOM code that runs once per page.
 *
 * - A link to an entry inside a folded history (<details>) opens the fold and
 *   scrolls to the entry.
 * - Focusing the embed code selects it all.
 * - The embed code's copy button (hidden in the HTML, so a reader without
 *   JavaScript never sees a button that does nothing) is shown and copies.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

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

if (ExecutionEnvironment.canUseDOM) {
  window.addEventListener('hashchange', revealTarget);
  document.addEventListener('click', onClick);
  document.addEventListener('focusin', onFocus);
}

export function onRouteDidUpdate(): void {
  revealTarget();
  showCopyButtons();
}
