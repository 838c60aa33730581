/** Render-test stand-in for @docusaurus/useBaseUrl: the site at the root. */
export default function useBaseUrl(url: string): string {
  return url;
}
export function useBaseUrlUtils() {
  return { withBaseUrl: (url: string) => url };
}
