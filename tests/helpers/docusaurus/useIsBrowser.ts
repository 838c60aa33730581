/** Render-test stand-in for @docusaurus/useIsBrowser: the server render, which is what a reader without JavaScript gets. */
export default function useIsBrowser(): boolean {
  return false;
}
