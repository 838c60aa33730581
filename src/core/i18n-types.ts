/** The site's languages: Norwegian bokmål first, English second. */
export const LOCALES = ['nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** A UI string in every locale; the type makes a missing translation a compile error. */
export type Localized = Record<Locale, string>;
