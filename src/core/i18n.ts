/**
 * UI strings for the generated pages, Norwegian bokmål first. Every entry has
 * both languages; the type makes a missing translation a compile error.
 */
export const LOCALES = ['nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Record<Locale, string>;

export const SITE_TITLE: Localized = {
  nb: 'Rusplaner i storbyene',
  en: "Drug policy plans in Norway's largest cities",
};

export const UI = {
  siteTagline: {
    nb: 'Hva Oslo, Bergen, Trondheim og Stavanger planlegger på rusfeltet – sammenlignet tema for tema, med kilde for hver opplysning.',
    en: 'What Oslo, Bergen, Trondheim and Stavanger plan on drugs and alcohol – compared theme by theme, with a source for every statement.',
  },
  home: { nb: 'Forside', en: 'Home' },
  matrix: { nb: 'Oversikt: byer og tema', en: 'Overview: cities and themes' },
  matrixIntro: {
    nb: 'Hver rute viser hva byen planlegger på temaet, med status og et kort sammendrag. Følg lenken i ruten for detaljer og kilder.',
    en: 'Each cell shows what the city plans on the theme, with a status and a short summary. Follow the link in the cell for details and sources.',
  },
  themes: { nb: 'Tema', en: 'Themes' },
  theme: { nb: 'Tema', en: 'Theme' },
  cities: { nb: 'Byer', en: 'Cities' },
  city: { nb: 'By', en: 'City' },
  figures: { nb: 'Tall', en: 'Figures' },
  figuresTitle: { nb: 'Nøkkeltall', en: 'Key figures' },
  figuresIntro: {
    nb: 'Alle tall i kildene som sier noe om byenes ruspolitikk, med enhet, periode og kilde. Tall som er regnet ut, er merket.',
    en: 'Every number in the sources that bears on the cities’ drug policy, with unit, period and source. Numbers that were worked out are marked.',
  },
  figuresAtScale: {
    nb: 'Med så mange kommuner viser denne siden de nasjonale tallene; hver kommunes tall står på kommunens side og i tall.csv.',
    en: 'With this many municipalities this page shows the national figures; each municipality’s figures are on its own page and in tall.csv.',
  },
  timelineAtScale: {
    nb: 'Med så mange kommuner viser denne siden de nasjonale hendelsene; hver kommunes tidslinje står på kommunens side.',
    en: 'With this many municipalities this page shows the national events; each municipality’s timeline is on its own page.',
  },
  sources: { nb: 'Kilder', en: 'Sources' },
  source: { nb: 'Kilde', en: 'Source' },
  sourcesIntro: {
    nb: 'Alle kildene nettstedet bygger på, med hvert sted de er brukt. Fra en påstand kan du gå til kilden, og fra kilden tilbake til påstandene.',
    en: 'Every source the site rests on, with every place it is used. From a claim you can go to its source, and from the source back to the claims.',
  },
  compare: { nb: 'Sammenlign', en: 'Compare' },
  compareTitle: { nb: 'Sammenlign byer og tema', en: 'Compare cities and themes' },
  compareIntro: {
    nb: 'Velg byer og tema for å snevre inn tabellen. Valget lagres i adressen, så du kan dele lenken. Uten JavaScript vises hele tabellen.',
    en: 'Choose cities and themes to narrow the table. The choice is kept in the address, so you can share the link. Without JavaScript the full table is shown.',
  },
  compareCities: { nb: 'Byer', en: 'Cities' },
  compareThemes: { nb: 'Tema', en: 'Themes' },
  compareAll: { nb: 'Alle', en: 'All' },
  compareNone: { nb: 'Ingen', en: 'None' },
  compareShare: { nb: 'Lenke til dette utvalget', en: 'Link to this selection' },
  compareShowing: { nb: 'Viser {cities} byer og {themes} tema.', en: 'Showing {cities} cities and {themes} themes.' },
  compareEmpty: { nb: 'Velg minst én by og ett tema.', en: 'Choose at least one city and one theme.' },
  glossary: { nb: 'Ordliste', en: 'Glossary' },
  glossaryIntro: {
    nb: 'Fagord som brukes på nettstedet, forklart med vanlige ord, med tilsvarende engelsk eller europeisk begrep.',
    en: 'Specialist terms used on the site, explained in plain words, with the matching English or European term.',
  },
  internationalTerm: { nb: 'Internasjonalt begrep', en: 'International term' },
  openData: { nb: 'Åpne data', en: 'Open data' },
  openDataIntro: {
    nb: 'Alle data på nettstedet kan lastes ned og brukes fritt med kildehenvisning. Filene lages fra de samme validerte dataene som sidene.',
    en: 'All data on the site can be downloaded and reused freely with attribution. The files are made from the same validated data as the pages.',
  },
  legend: { nb: 'Forklaring av status', en: 'Status legend' },
  status: { nb: 'Status', en: 'Status' },
  summary: { nb: 'Sammendrag', en: 'Summary' },
  details: { nb: 'Detaljer', en: 'Details' },
  detailsFor: { nb: 'Detaljer og kilder', en: 'Details and sources' },
  plans: { nb: 'Planer og dokumenter', en: 'Plans and documents' },
  plan: { nb: 'Plan', en: 'Plan' },
  timeline: { nb: 'Tidslinje', en: 'Timeline' },
  positions: { nb: 'Standpunkt tema for tema', en: 'Position theme by theme' },
  statements: { nb: 'Uttalelser', en: 'Statements' },
  statementsIntro: {
    nb: 'Daterte standpunkter fra navngitte politikere, ledere og organisasjoner, med rolle og kilde.',
    en: 'Dated positions of named politicians, officials and organisations, with their role and source.',
  },
  disagreements: { nb: 'Der kildene er uenige', en: 'Where the sources disagree' },
  governance: { nb: 'Styringsform', en: 'How the city is governed' },
  municipalityNumber: { nb: 'Kommunenummer', en: 'Municipality number' },
  type: { nb: 'Type', en: 'Type' },
  title: { nb: 'Tittel', en: 'Title' },
  issuedBy: { nb: 'Utarbeidet av', en: 'Issued by' },
  period: { nb: 'Periode', en: 'Period' },
  dates: { nb: 'Datoer', en: 'Dates' },
  date: { nb: 'Dato', en: 'Date' },
  value: { nb: 'Verdi', en: 'Value' },
  what: { nb: 'Hva', en: 'What' },
  scope: { nb: 'Gjelder', en: 'Scope' },
  year: { nb: 'År', en: 'Year' },
  actor: { nb: 'Hvem', en: 'Who' },
  publisher: { nb: 'Utgiver', en: 'Publisher' },
  kind: { nb: 'Slags tekst', en: 'Kind of text' },
  address: { nb: 'Adresse', en: 'Address' },
  limits: { nb: 'Vær oppmerksom på', en: 'Keep in mind' },
  citedBy: { nb: 'Brukt på disse stedene', en: 'Used in these places' },
  citedTimes: { nb: 'Sitert {count} ganger', en: 'Cited {count} times' },
  locator: { nb: 'Sted i kilden', en: 'Place in the source' },
  wholeText: { nb: 'hele teksten', en: 'whole text' },
  unknown: { nb: 'ukjent', en: 'unknown' },
  notGiven: { nb: 'ikke oppgitt', en: 'not given' },
  inferred: { nb: 'utledet', en: 'inferred' },
  inferredDate: { nb: 'Datoen er utledet', en: 'The date is inferred' },
  derived: { nb: 'regnet ut', en: 'worked out' },
  approximately: { nb: 'ca.', en: 'about' },
  descriptiveTitle: { nb: 'beskrivende tittel – dokumentets egen tittel er ikke kjent', en: 'descriptive title – the document’s own title is not known' },
  national: { nb: 'Norge (nasjonalt)', en: 'Norway (national)' },
  chartOf: { nb: 'Stolpediagram', en: 'Bar chart' },
  table: { nb: 'Tabell', en: 'Table' },
  relatedTerms: { nb: 'Ord og begreper', en: 'Terms' },
  overviewLine: { nb: 'Kort sagt', en: 'In short' },
  noFigures: { nb: 'Kildene gir ingen tall for dette.', en: 'The sources give no figures for this.' },
  noStatements: { nb: 'Ingen uttalelser fra navngitte aktører i kildene.', en: 'No statements by named actors in the sources.' },
  noEvents: { nb: 'Ingen daterte hendelser i kildene.', en: 'No dated events in the sources.' },
  page: { nb: 'Side', en: 'Page' },
  pageOf: { nb: 'Side {page} av {pages}', en: 'Page {page} of {pages}' },
  previous: { nb: 'Forrige', en: 'Previous' },
  next: { nb: 'Neste', en: 'Next' },
  cite: { nb: 'Slik siterer du denne siden', en: 'How to cite this page' },
  dataUpdated: { nb: 'Data sist oppdatert', en: 'Data last updated' },
  newestSource: { nb: 'Nyeste opplysning i kildene', en: 'Newest information in the sources' },
  download: { nb: 'Last ned', en: 'Download' },
  file: { nb: 'Fil', en: 'File' },
  format: { nb: 'Format', en: 'Format' },
  size: { nb: 'Størrelse', en: 'Size' },
  contents: { nb: 'Innhold', en: 'Contents' },
  allThemes: { nb: 'Alle tema', en: 'All themes' },
  allCities: { nb: 'Alle byer', en: 'All cities' },
  seeAlso: { nb: 'Se også', en: 'See also' },
  themePageFor: { nb: 'Temaside', en: 'Theme page' },
  cityPageFor: { nb: 'Byside', en: 'City page' },
  goToMatrix: { nb: 'Se hele oversikten', en: 'See the full overview' },
  goToCompare: { nb: 'Sammenlign selv', en: 'Compare for yourself' },
  goToFigures: { nb: 'Se nøkkeltallene', en: 'See the key figures' },
  goToSources: { nb: 'Se alle kilder', en: 'See all sources' },
  forReaders: { nb: 'Slik bruker du nettstedet', en: 'How to use the site' },
  forPoliticians: {
    nb: 'Politikere: finn hva de andre byene har vedtatt på et tema, og skriv ut sammenligningen til møtet.',
    en: 'Politicians: find what the other cities have adopted on a theme, and print the comparison for your meeting.',
  },
  forJournalists: {
    nb: 'Journalister: hver opplysning har kilde og sted i kilden – gå fra påstanden til kilden og tilbake.',
    en: 'Journalists: every statement has a source and a place in it – go from the claim to the source and back.',
  },
  forStudents: {
    nb: 'Studenter: les sammendragene tema for tema, og slå opp fagord i ordlisten.',
    en: 'Students: read the summaries theme by theme, and look up specialist terms in the glossary.',
  },
  coverage: { nb: 'Dette dekker nettstedet', en: 'What the site covers' },
  stats: {
    nb: '{cities} byer, {themes} tema, {plans} planer og dokumenter, {figures} tall og {sources} kilder.',
    en: '{cities} cities, {themes} themes, {plans} plans and documents, {figures} figures and {sources} sources.',
  },
  methodLink: { nb: 'Slik er sammendragene laget', en: 'How the summaries are made' },
  skipToTable: { nb: 'Hopp til tabellen', en: 'Skip to the table' },
} as const satisfies Record<string, Localized>;

export type UiKey = keyof typeof UI;

/** The string for a key in a locale, with {placeholders} filled in. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return UI[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
