/** Render-test stand-in for @docusaurus/router. */
export function useHistory() {
  return { push: () => undefined, replace: () => undefined, location: { pathname: '/', search: '', hash: '' } };
}
export function useLocation() {
  return { pathname: '/', search: '', hash: '' };
}
