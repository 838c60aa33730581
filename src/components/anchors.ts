import useBrokenLinks from '@docusaurus/useBrokenLinks';

/**
 * Registers element ids with Docusaurus' broken-anchor checker, so links to
 * anchors on generated pages are checked at build time (only headings are
 * collected automatically).
 */
export function useAnchors(ids: readonly (string | null | undefined)[]): void {
  const broken = useBrokenLinks();
  for (const id of ids) if (id) broken.collectAnchor(id);
}
