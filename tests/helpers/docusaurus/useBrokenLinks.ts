/** The anchors the components register with the broken-link checker, per render (see the render tests). */
export const collectedAnchors = new Set<string>();

/** Render-test stand-in for @docusaurus/useBrokenLinks. */
export default function useBrokenLinks() {
  return { collectAnchor: (id: string) => void collectedAnchors.add(id), collectLink: () => undefined };
}
