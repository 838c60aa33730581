/**
 * Lays out a long page's far sections after the first screen, one per idle
 * moment. The stylesheet skips the layout of a section until the reader nears
 * it (content-visibility: auto on `main.page > section:not([data-shown])`);
 * marking a section as shown lets the browser lay it out in the next frame, so
 * the work comes in section-sized pieces instead of one long task at load.
 * Plain DOM code, no Docusaurus import (src/client/enhance.ts wires it in).
 */

/** The attribute that ends a section's skipped layout (the stylesheet's `[data-shown]`). */
export const SHOWN = 'data-shown';
/** Set on <html> once every section is shown: tests and tools that read layout wait for it. */
export const ALL_SHOWN = 'data-sections-shown';

export type Idle = (callback: () => void) => void;

/** Marks `items` as shown one at a time, each in its own idle moment (in order), then calls `done`. */
export function revealInTurn(items: readonly Pick<Element, 'setAttribute'>[], idle: Idle, done: () => void): void {
  let next = 0;
  const step = (): void => {
    const item = items[next++];
    if (!item) {
      done();
      return;
    }
    item.setAttribute(SHOWN, '');
    idle(step);
  };
  idle(step);
}

/** The browser's idle callback, or a short timeout where there is none (Safari). */
export function browserIdle(win: Window): Idle {
  return typeof win.requestIdleCallback === 'function'
    ? (cb) => void win.requestIdleCallback(() => cb(), { timeout: 1000 })
    : (cb) => void win.setTimeout(cb, 50);
}
