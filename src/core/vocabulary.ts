import type { Localized } from './i18n';
import type { Actor, Entry, Figure, Governance, Plan, PlanDate, Source, TimelineEvent } from './types.generated';

export type Status = Entry['status'];

/**
 * How a status is drawn. What a status means (its label, definition and
 * rules) is data: data/codebook.yml, validated and published with the rest.
 */
export interface StatusInfo {
  /** the shape drawn beside the label, so status never rests on colour alone */
  shape: 'circle' | 'square' | 'triangle' | 'diamond-outline' | 'cross' | 'slash' | 'question';
  /** positive statuses say the city does or plans something */
  group: 'yes' | 'no' | 'silent';
}

/** The fixed status vocabulary, in the order of the legend. */
export const STATUS_ORDER: readonly Status[] = ['in-operation', 'adopted', 'proposed', 'wanted', 'not-now', 'not-relevant', 'not-mentioned'];

export const STATUS: Record<Status, StatusInfo> = {
  'in-operation': { shape: 'circle', group: 'yes' },
  adopted: { shape: 'square', group: 'yes' },
  proposed: { shape: 'triangle', group: 'yes' },
  wanted: { shape: 'diamond-outline', group: 'yes' },
  'not-now': { shape: 'cross', group: 'no' },
  'not-relevant': { shape: 'slash', group: 'no' },
  'not-mentioned': { shape: 'question', group: 'silent' },
};

export const EVENT_KIND: Record<NonNullable<TimelineEvent['kind']>, Localized> = {
  decision: { nb: 'Vedtak', en: 'Decision' },
  plan: { nb: 'Plan', en: 'Plan' },
  service: { nb: 'Tjeneste', en: 'Service' },
  government: { nb: 'Styre', en: 'Government' },
  law: { nb: 'Lov og regler', en: 'Law and rules' },
  other: { nb: 'Annet', en: 'Other' },
};

export const PLAN_TYPE: Record<Plan['type'], Localized> = {
  bystyremelding: { nb: 'Bystyremelding', en: 'White paper to the city council' },
  rusmelding: { nb: 'Rusmelding', en: 'Drug and alcohol white paper' },
  strategi: { nb: 'Strategi', en: 'Strategy' },
  'strategisk-plan': { nb: 'Strategisk plan', en: 'Strategic plan' },
  handlingsplan: { nb: 'Handlingsplan', en: 'Action plan' },
  temaplan: { nb: 'Temaplan', en: 'Thematic plan' },
  institusjonsplan: { nb: 'Institusjonsplan', en: 'Institution plan' },
  kunnskapsgrunnlag: { nb: 'Kunnskapsgrunnlag', en: 'Knowledge base' },
};

export const PLAN_STATUS: Record<Plan['status'], Localized> = {
  'in-preparation': { nb: 'Under arbeid', en: 'In preparation' },
  'on-hearing': { nb: 'På høring', en: 'Out for consultation' },
  submitted: { nb: 'Levert som innspill', en: 'Submitted as input' },
  treated: { nb: 'Behandlet politisk', en: 'Treated politically' },
  adopted: { nb: 'Vedtatt', en: 'Adopted' },
  incorporated: { nb: 'Innarbeidet i en nyere plan', en: 'Worked into a later plan' },
  unknown: { nb: 'Ukjent', en: 'Unknown' },
};

export const PLAN_DATE_KIND: Record<PlanDate['kind'], Localized> = {
  published: { nb: 'Lagt fram', en: 'Published' },
  submitted: { nb: 'Levert', en: 'Submitted' },
  'first-treated': { nb: 'Første behandling', en: 'First reading' },
  'hearing-deadline': { nb: 'Høringsfrist', en: 'Consultation deadline' },
  'planned-adoption': { nb: 'Planlagt vedtak', en: 'Planned adoption' },
  adopted: { nb: 'Vedtatt', en: 'Adopted' },
  treated: { nb: 'Behandlet', en: 'Treated' },
  'in-force': { nb: 'Gjelder fra', en: 'In force from' },
  opened: { nb: 'Åpnet', en: 'Opened' },
  incorporated: { nb: 'Innarbeidet', en: 'Incorporated' },
};

export const SOURCE_KIND: Record<Source['kind'], Localized> = {
  'municipal-document': { nb: 'Kommunalt dokument', en: 'Municipal document' },
  'council-decision': { nb: 'Vedtak', en: 'Council decision' },
  'government-document': { nb: 'Regjeringsdokument', en: 'Government document' },
  'parliament-document': { nb: 'Stortingsdokument', en: 'Parliamentary document' },
  'public-body': { nb: 'Annet offentlig organ', en: 'Other public body' },
  'news-article': { nb: 'Nyhetsartikkel', en: 'News article' },
  'trade-press': { nb: 'Fagpresse', en: 'Trade press' },
  'opinion-piece': { nb: 'Meningsinnlegg', en: 'Opinion piece' },
  research: { nb: 'Forskning og rapporter', en: 'Research and reports' },
};

export const ACTOR_KIND: Record<Actor['kind'], Localized> = {
  person: { nb: 'Person', en: 'Person' },
  organisation: { nb: 'Organisasjon', en: 'Organisation' },
  party: { nb: 'Parti', en: 'Party' },
  'public-body': { nb: 'Offentlig organ', en: 'Public body' },
};

export const GOVERNANCE_MODEL: Record<Governance['model'], Localized> = {
  byrad: { nb: 'Parlamentarisk styre (byråd)', en: 'Parliamentary government (byråd)' },
  formannskap: { nb: 'Formannskapsmodell', en: 'Executive committee model (formannskap)' },
  unknown: { nb: 'Ikke oppgitt i kildene', en: 'Not given in the sources' },
};

/** Units: singular and plural label, and whether the label goes before the number. */
export const UNIT: Record<Figure['unit'], { nb: [string, string]; en: [string, string] }> = {
  persons: { nb: ['person', 'personer'], en: ['person', 'persons'] },
  places: { nb: ['plass', 'plasser'], en: ['place', 'places'] },
  percent: { nb: ['%', '%'], en: ['%', '%'] },
  nok: { nb: ['kr', 'kr'], en: ['NOK', 'NOK'] },
  'million-nok': { nb: ['mill. kr', 'mill. kr'], en: ['million NOK', 'million NOK'] },
  deaths: { nb: ['dødsfall', 'dødsfall'], en: ['death', 'deaths'] },
  injections: { nb: ['injeksjon', 'injeksjoner'], en: ['injection', 'injections'] },
  centres: { nb: ['senter', 'sentre'], en: ['centre', 'centres'] },
  plans: { nb: ['plan', 'planer'], en: ['plan', 'plans'] },
  years: { nb: ['år', 'år'], en: ['year', 'years'] },
  count: { nb: ['', ''], en: ['', ''] },
};
