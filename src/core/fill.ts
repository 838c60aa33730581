/** Fills {placeholders} in a UI string: "Side {page} av {pages}" with {page: 2, pages: 5}. Tiny, so components can import it. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
