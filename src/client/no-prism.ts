/**
 * Stands in for the classic theme's client module that loads Prism (and the
 * extra languages of `prism.additionalLanguages`, which this site has none of)
 * on every page: Prism then ships only with the pages that show code (the docs'
 * code blocks import it themselves), not in the main bundle every reader loads.
 */
export {};
