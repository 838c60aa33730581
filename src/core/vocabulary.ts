import type { Localized } from './i18n';
import type { Figure, Plan, PlanDate, Entry, Source, Actor, Governance } from './types.generated';

export type Status = Entry['status'];

export interface StatusInfo {
  label: Localized;
  description: Localized;
  /** the shape drawn beside the label, so status never rests on colour alone */
  shape: 'circle' | 'square' | 'triangle' | 'diamond-outline' | 'cross' | 'slash' | 'question';
  /** positive statuses say the city does or plans something */
  group: 'yes' | 'no' | 'silent';
}

/** The fixed status vocabulary, in the order of the legend. */
export const STATUS_ORDER: readonly Status[] = [
  'in-operation',
  'adopted',
  'proposed',
  'wanted',
  'not-now',
  'not-relevant',
  'not-mentioned',
];

export const STATUS: Record<Status, StatusInfo> = {
  'in-operation': {
    label: { nb: 'I drift', en: 'In operation' },
    description: {
      nb: 'Tiltaket finnes og er i bruk i byen.',
      en: 'The service or measure exists and is in use in the city.',
    },
    shape: 'circle',
    group: 'yes',
  },
  adopted: {
    label: { nb: 'Vedtatt', en: 'Adopted' },
    description: {
      nb: 'Byen har vedtatt det i en plan eller strategi, men det er ikke sagt at det er i drift.',
      en: 'The city has adopted it in a plan or strategy, but it is not said to be in operation.',
    },
    shape: 'square',
    group: 'yes',
  },
  proposed: {
    label: { nb: 'Foreslått', en: 'Proposed' },
    description: {
      nb: 'Det står i et utkast, et høringsdokument eller et innspill som ikke er vedtatt.',
      en: 'It is in a draft, a consultation document or an input that has not been adopted.',
    },
    shape: 'triangle',
    group: 'yes',
  },
  wanted: {
    label: { nb: 'Ønsket eller vurderes', en: 'Wanted or considered' },
    description: {
      nb: 'Byen sier at den ønsker det eller vurderer det, uten at det er foreslått i en plan.',
      en: 'The city says it wants it or is considering it, without it being proposed in a plan.',
    },
    shape: 'diamond-outline',
    group: 'yes',
  },
  'not-now': {
    label: { nb: 'Nei eller ikke nå', en: 'No or not now' },
    description: {
      nb: 'Byen sier nei, eller at det ikke er aktuelt ennå.',
      en: 'The city says no, or that it is not on the agenda yet.',
    },
    shape: 'cross',
    group: 'no',
  },
  'not-relevant': {
    label: { nb: 'Ikke aktuelt', en: 'Does not apply' },
    description: {
      nb: 'Byen sier at problemstillingen ikke gjelder for den.',
      en: 'The city says the issue does not apply to it.',
    },
    shape: 'slash',
    group: 'no',
  },
  'not-mentioned': {
    label: { nb: 'Ikke omtalt i kildene', en: 'Not mentioned in the sources' },
    description: {
      nb: 'Kildene sier ingenting om dette for byen. Det betyr ikke at byen sier nei.',
      en: 'The sources say nothing about this for the city. It does not mean the city says no.',
    },
    shape: 'question',
    group: 'silent',
  },
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
