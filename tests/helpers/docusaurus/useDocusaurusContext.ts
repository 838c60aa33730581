/** Render-test stand-in for @docusaurus/useDocusaurusContext. */
export default function useDocusaurusContext() {
  return { siteConfig: { title: 'Rusplaner i storbyene', baseUrl: '/' }, i18n: { currentLocale: 'nb', defaultLocale: 'nb', locales: ['nb', 'en'] } };
}
