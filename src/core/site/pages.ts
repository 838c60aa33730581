import { t } from '../i18n';
import { newestDate } from '../validate/checks/dates';
import type { City, Dataset, Figure, Theme } from '../types.generated';
import { GOVERNANCE_MODEL, SOURCE_KIND, STATUS_ORDER, type Status } from '../vocabulary';
import { SiteContext } from './context';
import { ANCHOR, cityPath, compareCellsPath, downloads, glossaryPath, matrixPage, PATHS, sourcePath, themePath } from './paths';
import { disagreementVM, eventVM, figureVM, planVM, sortEvents, statementVM } from './pieces';
import type {
  CellVM,
  CityPageVM,
  ColumnVM,
  CompareVM,
  DataPageVM,
  DownloadVM,
  EventVM,
  FiguresPageVM,
  GlossaryVM,
  HomeVM,
  IndexVM,
  LinkVM,
  MatrixRowVM,
  MatrixVM,
  SeriesVM,
  SourcePageVM,
  SourcesPageVM,
  SourceVM,
  StatusVM,
  ThemePageVM,
  CiteUseVM,
} from './types';
import { formatBytes, formatValue } from '../format';
import { currentEntry } from '../history';

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

function cell(ctx: SiteContext, city: City, theme: Theme): CellVM {
  const pos = currentEntry(city.positions[theme.id]!);
  return {
    status: pos.status,
    cityId: city.id,
    themeId: theme.id,
    summaryHtml: ctx.inline(pos.summary),
    sourceCount: pos.evidence?.length ?? 0,
  };
}

function columns(ctx: SiteContext, cities: readonly City[]): ColumnVM[] {
  return cities.map((c) => ({ id: c.id, name: ctx.text(c.name), href: cityPath(c.id) }));
}

function rows(ctx: SiteContext, cities: readonly City[]): MatrixRowVM[] {
  return ctx.ds.themes.map((th) => ({
    themeId: th.id,
    name: ctx.text(th.name),
    shortName: ctx.text(th.shortName),
    href: themePath(th.id),
    anchor: ANCHOR.row(th.id),
    cells: cities.map((c) => cell(ctx, c, th)),
  }));
}

function pageLinks(count: number, path: (page: number) => string, ctx: SiteContext): LinkVM[] {
  return Array.from({ length: count }, (_, i) => ({ href: path(i + 1), label: t(ctx.locale, 'pageOf', { page: i + 1, pages: count }) }));
}

const MATRIX_LABELS = ['page', 'legend', 'theme', 'city', 'detailsFor', 'status', 'skipToTable', 'cite', 'dataUpdated', 'previous', 'next', 'goToCompare', 'download', 'methodLink'] as const;

export function buildMatrixPages(ctx: SiteContext): MatrixVM[] {
  const pages = chunk(ctx.ds.cities, ctx.citiesPerPage);
  return pages.map((cities, i) => {
    const page = i + 1;
    const title = pages.length > 1 ? `${t(ctx.locale, 'matrix')} – ${t(ctx.locale, 'pageOf', { page, pages: pages.length })}` : t(ctx.locale, 'matrix');
    return {
      meta: ctx.meta(matrixPage(page), title, t(ctx.locale, 'matrixIntro')),
      intro: t(ctx.locale, 'matrixIntro'),
      columns: columns(ctx, cities),
      rows: rows(ctx, cities),
      legend: ctx.legend(),
      page,
      pageCount: pages.length,
      pages: pageLinks(pages.length, matrixPage, ctx),
      labels: ctx.labels(...MATRIX_LABELS),
    };
  });
}

/**
 * The compare tool. With up to citiesPerPage cities the page holds the full
 * table (readable without JavaScript). Beyond that it holds the first page of
 * cities; the browser fetches the cells of any other city it is asked for from
 * a small JSON file per city (see buildCompareCells), so the page stays small.
 */
export function buildCompare(ctx: SiteContext): CompareVM {
  const all = ctx.ds.cities;
  const shown = all.length <= ctx.citiesPerPage ? all : all.slice(0, ctx.citiesPerPage);
  return {
    meta: ctx.meta(PATHS.compare, t(ctx.locale, 'compareTitle'), t(ctx.locale, 'compareIntro')),
    intro: t(ctx.locale, 'compareIntro'),
    columns: columns(ctx, all),
    rows: rows(ctx, shown),
    complete: shown.length === all.length,
    defaultCities: shown.map((c) => c.id),
    cellsPath: compareCellsPath('{city}'),
    legend: ctx.legend(),
    labels: ctx.labels(
      ...MATRIX_LABELS,
      'compareCities',
      'compareThemes',
      'compareAll',
      'compareNone',
      'compareShare',
      'compareShowing',
      'compareEmpty',
    ),
  };
}

/** The compare tool's cells of each city (theme order), for the per-city JSON files. */
export function buildCompareCells(ctx: SiteContext): { path: string; cells: CellVM[] }[] {
  return ctx.ds.cities.map((c) => ({ path: compareCellsPath(c.id), cells: ctx.ds.themes.map((th) => cell(ctx, c, th)) }));
}

function statusGroups(ctx: SiteContext, statuses: readonly Status[]) {
  return STATUS_ORDER.map((s) => ({ status: ctx.status(s), count: statuses.filter((x) => x === s).length })).filter((g) => g.count > 0);
}

/** One sentence per status group: "I drift: Oslo, Bergen. Ikke omtalt i kildene: Stavanger." */
function overviewText(ctx: SiteContext, groups: { status: StatusVM; cities: LinkVM[]; count: number }[]): string {
  return groups
    .map((g) => `${g.status.label}: ${g.cities.length === g.count ? g.cities.map((c) => c.label).join(', ') : g.count}.`)
    .join(' ');
}

const NAMES_IN_OVERVIEW = 20;

function eventsForTheme(ctx: SiteContext, themeId: string): EventVM[] {
  const out: EventVM[] = [];
  for (const c of ctx.ds.cities) for (const e of c.events) if (e.themes?.includes(themeId)) out.push(eventVM(ctx, e, c));
  for (const e of ctx.ds.national.events) if (e.themes?.includes(themeId)) out.push(eventVM(ctx, e, null));
  return sortEvents(out);
}

/**
 * One page per theme. Up to citiesPerPage cities, each city gets a full section
 * (summary, details, plans, figures, statements, sources). Beyond that – at
 * national scale – the page is a compact table (status and summary per city,
 * linking to the city page for details), so it stays one page of bounded size.
 */
export function buildThemePages(ctx: SiteContext): ThemePageVM[] {
  const themes = ctx.ds.themes;
  const all = ctx.ds.cities;
  const compact = all.length > ctx.citiesPerPage;
  return themes.map((th, ti) => {
    const groups = STATUS_ORDER.map((s) => {
      const cities = all.filter((c) => currentEntry(c.positions[th.id]!).status === s);
      return {
        status: ctx.status(s),
        count: cities.length,
        cities: cities.length <= NAMES_IN_OVERVIEW ? cities.map((c) => ({ href: `#${ANCHOR.themeCity(c.id)}`, label: ctx.text(c.name) })) : [],
      };
    }).filter((g) => g.count > 0);
    const disagreements = [...all.flatMap((c) => c.disagreements ?? []), ...(ctx.ds.national.disagreements ?? [])]
      .filter((d) => d.themes?.includes(th.id))
      .map((d) => disagreementVM(ctx, d));
    const name = ctx.text(th.name);
    return {
      meta: ctx.meta(themePath(th.id), name, ctx.text(th.definition)),
      id: th.id,
      name,
      compact,
      definitionHtml: ctx.block(th.definition)!,
      terms: (th.terms ?? []).map((id) => {
        const term = ctx.ds.glossary.terms.find((x) => x.id === id)!;
        return { id, href: glossaryPath(id), label: ctx.text(term.term) };
      }),
      overview: groups,
      overviewText: overviewText(ctx, groups),
      cities: all.map((c) => {
        const pos = currentEntry(c.positions[th.id]!);
        return {
          ...ctx.status(pos.status),
          cityId: c.id,
          name: ctx.text(c.name),
          anchor: ANCHOR.themeCity(c.id),
          cityHref: `${cityPath(c.id)}#${ANCHOR.cityTheme(th.id)}`,
          summaryHtml: ctx.inline(pos.summary),
          detailsHtml: compact ? null : ctx.block(pos.details),
          plans: compact
            ? []
            : (pos.plans ?? []).map((pid: string) => {
                const p = c.plans.find((x) => x.id === pid)!;
                return { href: `${cityPath(c.id)}#${p.id}`, label: ctx.text(p.title) };
              }),
          figures: compact ? [] : c.figures.filter((f) => f.themes?.includes(th.id)).map((f) => figureVM(ctx, f, c)),
          statements: compact ? [] : c.statements.filter((s) => s.themes.includes(th.id)).map((s) => statementVM(ctx, s, c)),
          citations: compact ? [] : ctx.citations(pos.evidence),
        };
      }),
      events: compact ? [] : eventsForTheme(ctx, th.id),
      disagreements: compact ? [] : disagreements,
      prev: ti > 0 ? { href: themePath(themes[ti - 1]!.id), label: ctx.text(themes[ti - 1]!.name) } : null,
      next: ti < themes.length - 1 ? { href: themePath(themes[ti + 1]!.id), label: ctx.text(themes[ti + 1]!.name) } : null,
      legend: ctx.legend(),
      labels: ctx.labels(
        'overviewLine', 'relatedTerms', 'details', 'plans', 'figures', 'statements', 'sources', 'timeline', 'disagreements',
        'cityPageFor', 'status', 'legend', 'cite', 'dataUpdated', 'previous', 'next', 'allThemes', 'value', 'period', 'what',
        'derived', 'inferredDate', 'goToMatrix', 'locator', 'source', 'city', 'summary', 'noEvents', 'noStatements',
      ),
    };
  });
}

export function buildCityPages(ctx: SiteContext): CityPageVM[] {
  return ctx.ds.cities.map((c) => {
    const plans = c.plans.map((p) => planVM(ctx, p, c));
    plans.sort((a, b) => {
      const da = a.firstDate === 'unknown' ? '9999' : a.firstDate;
      const db = b.firstDate === 'unknown' ? '9999' : b.firstDate;
      return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : 1;
    });
    const statuses = ctx.ds.themes.map((th) => currentEntry(c.positions[th.id]!).status);
    const name = ctx.text(c.name);
    return {
      meta: ctx.meta(cityPath(c.id), name, ctx.text(c.intro)),
      id: c.id,
      name,
      introHtml: ctx.block(c.intro)!,
      municipalityNumber: c.municipalityNumber === 'unknown' ? t(ctx.locale, 'notGiven') : c.municipalityNumber,
      governance: {
        model: GOVERNANCE_MODEL[c.governance.model][ctx.locale],
        descriptionHtml: ctx.inline(c.governance.description),
        citations: ctx.citations(c.governance.sources),
      },
      plans,
      timeline: sortEvents(c.events.map((e) => eventVM(ctx, e, c))),
      positions: ctx.ds.themes.map((th) => {
        const pos = currentEntry(c.positions[th.id]!);
        return {
          ...ctx.status(pos.status),
          themeId: th.id,
          themeName: ctx.text(th.name),
          anchor: ANCHOR.cityTheme(th.id),
          themeHref: `${themePath(th.id)}#${ANCHOR.themeCity(c.id)}`,
          summaryHtml: ctx.inline(pos.summary),
          detailsHtml: ctx.block(pos.details),
          plans: (pos.plans ?? []).map((pid: string) => ({ href: `#${pid}`, label: ctx.text(c.plans.find((x) => x.id === pid)!.title) })),
          citations: ctx.citations(pos.evidence),
        };
      }),
      figures: c.figures.map((f) => figureVM(ctx, f, c)),
      series: seriesOf(ctx, c.figures.map((f) => ({ f, c }))),
      statements: sortEvents(c.statements.map((s) => statementVM(ctx, s, c))),
      disagreements: (c.disagreements ?? []).map((d) => disagreementVM(ctx, d)),
      counts: statusGroups(ctx, statuses),
      legend: ctx.legend(),
      labels: ctx.labels(
        'governance', 'municipalityNumber', 'plans', 'timeline', 'positions', 'figures', 'statements', 'statementsIntro', 'disagreements',
        'type', 'status', 'issuedBy', 'period', 'dates', 'value', 'what', 'date', 'actor', 'sources', 'themePageFor', 'derived',
        'inferredDate', 'descriptiveTitle', 'cite', 'dataUpdated', 'legend', 'details', 'noFigures', 'noStatements', 'noEvents',
        'seeAlso', 'allCities', 'locator', 'source', 'contents', 'chartOf', 'year',
      ),
    };
  });
}

/** Figures and their charts (series by year). At national scale the page keeps to national figures; each city page has its own. */
export function seriesOf(ctx: SiteContext, all: { f: Figure; c: City | null }[]): SeriesVM[] {
  const seriesIds = [...new Set(all.map((x) => x.f.series).filter((s): s is string => !!s))].sort();
  return seriesIds
    .map((id) => {
      const members = all.filter((x) => x.f.series === id).sort((a, b) => (a.f.period.from < b.f.period.from ? -1 : 1));
      const first = members[0]!;
      return {
        id,
        title: `${ctx.text(first.f.label)} (${members[0]!.f.period.from}–${members[members.length - 1]!.f.period.to})`,
        unit: formatValue({ value: 2, unit: first.f.unit }, ctx.locale).replace(/^2\s?/, ''),
        scopeLabel: first.c ? ctx.text(first.c.name) : t(ctx.locale, 'national'),
        points: members.map((m) => ({
          year: m.f.period.from,
          value: m.f.value,
          valueText: formatValue(m.f, ctx.locale),
          derived: !!m.f.derivation,
          figureId: m.f.id,
        })),
        citations: ctx.citations(members.flatMap((m) => m.f.sources).filter((c, i, arr) => arr.findIndex((x) => x.source === c.source && x.locator === c.locator) === i)),
      };
    })
    .filter((s) => s.points.length >= 2);
}

export function buildFigures(ctx: SiteContext): FiguresPageVM {
  const withCities = ctx.ds.cities.length <= ctx.citiesPerPage;
  const all = [
    ...(withCities ? ctx.ds.cities.flatMap((c) => c.figures.map((f) => ({ f, c: c as City | null }))) : []),
    ...ctx.ds.national.figures.map((f) => ({ f, c: null as City | null })),
  ];
  const series = seriesOf(ctx, all);
  const groups: FiguresPageVM['groups'] = ctx.ds.themes
    .map((th) => ({
      id: th.id,
      title: ctx.text(th.name),
      href: themePath(th.id),
      figures: all.filter((x) => x.f.themes?.[0] === th.id).map((x) => figureVM(ctx, x.f, x.c)),
    }))
    .filter((g) => g.figures.length > 0);
  const rest = all.filter((x) => !x.f.themes?.length);
  if (rest.length) groups.push({ id: 'andre', title: ctx.locale === 'nb' ? 'Andre tall' : 'Other figures', href: null, figures: rest.map((x) => figureVM(ctx, x.f, x.c)) });
  return {
    meta: ctx.meta(PATHS.figures, t(ctx.locale, 'figuresTitle'), t(ctx.locale, 'figuresIntro')),
    intro: withCities ? t(ctx.locale, 'figuresIntro') : `${t(ctx.locale, 'figuresIntro')} ${t(ctx.locale, 'figuresAtScale')}`,
    series,
    groups,
    labels: ctx.labels('what', 'value', 'period', 'scope', 'sources', 'derived', 'chartOf', 'table', 'year', 'cite', 'dataUpdated', 'download', 'source', 'locator'),
  };
}

/** Every place in the data that cites each source: the way back from a source to the claims. */
export function citationIndex(ctx: SiteContext): Map<string, CiteUseVM[]> {
  const uses = new Map<string, CiteUseVM[]>();
  const add = (list: { source: string; locator: string }[] | undefined, kind: string, label: string, href: string) => {
    for (const c of list ?? []) {
      const arr = uses.get(c.source) ?? [];
      arr.push({ kind, label, href, locator: c.locator === '*' ? t(ctx.locale, 'wholeText') : c.locator });
      uses.set(c.source, arr);
    }
  };
  const L = (nb: string, en: string) => (ctx.locale === 'nb' ? nb : en);
  for (const c of ctx.ds.cities) {
    const cn = ctx.text(c.name);
    add(c.governance.sources, L('Styringsform', 'Governance'), cn, `${cityPath(c.id)}#styring`);
    for (const p of c.plans) {
      add(p.sources, L('Plan', 'Plan'), `${cn}: ${ctx.text(p.title)}`, `${cityPath(c.id)}#${p.id}`);
      for (const d of p.dates) add(d.sources, L('Plandato', 'Plan date'), `${cn}: ${ctx.text(p.title)}`, `${cityPath(c.id)}#${p.id}`);
    }
    for (const th of ctx.ds.themes) {
      for (const e of c.positions[th.id]!.history) add(e.evidence, L('Standpunkt', 'Position'), `${cn}: ${ctx.text(th.name)}`, `${themePath(th.id)}#${ANCHOR.themeCity(c.id)}`);
    }
    for (const f of c.figures) add(f.sources, L('Tall', 'Figure'), `${cn}: ${ctx.text(f.label)}`, `${cityPath(c.id)}#${f.id}`);
    for (const s of c.statements) add(s.sources, L('Uttalelse', 'Statement'), `${cn}: ${s.actor.name}`, `${cityPath(c.id)}#${s.id}`);
    for (const e of c.events) add(e.sources, L('Hendelse', 'Event'), `${cn}: ${ctx.text(e.title)}`, `${cityPath(c.id)}#${e.id}`);
    for (const d of c.disagreements ?? []) for (const cl of d.claims) add(cl.sources, L('Uenighet', 'Disagreement'), `${cn}: ${ctx.text(d.topic)}`, `${cityPath(c.id)}#${d.id}`);
  }
  const nat = t(ctx.locale, 'national');
  for (const f of ctx.ds.national.figures) add(f.sources, L('Tall', 'Figure'), `${nat}: ${ctx.text(f.label)}`, `${PATHS.figures}#${f.id}`);
  for (const e of ctx.ds.national.events) {
    add(e.sources, L('Hendelse', 'Event'), `${nat}: ${ctx.text(e.title)}`, `${PATHS.timeline}#${e.id}`);
  }
  for (const d of ctx.ds.national.disagreements ?? []) {
    const th = d.themes?.[0];
    for (const cl of d.claims) add(cl.sources, L('Uenighet', 'Disagreement'), `${nat}: ${ctx.text(d.topic)}`, th ? `${themePath(th)}#${d.id}` : PATHS.figures);
  }
  for (const term of ctx.ds.glossary.terms) add(term.sources, L('Ordliste', 'Glossary'), ctx.text(term.term), glossaryPath(term.id));
  return uses;
}

function sourceVM(ctx: SiteContext, s: CtxSource, citedCount: number): SourceVM {
  return {
    id: s.id,
    href: sourcePath(s.id),
    title: s.title,
    descriptiveTitle: s.titleBasis === 'descriptive',
    kind: SOURCE_KIND[s.kind][ctx.locale],
    publisher: s.publisher === 'unknown' ? t(ctx.locale, 'notGiven') : s.publisher,
    date: ctx.date(s.date) + (s.dateBasis === 'inferred' ? ` (${t(ctx.locale, 'inferred')})` : ''),
    dateNote: s.dateNote ? ctx.inline(s.dateNote) : null,
    url: s.url === 'unknown' ? null : s.url,
    file: s.file ?? null,
    descriptionHtml: ctx.inline(s.description),
    limitsHtml: s.limits ? ctx.inline(s.limits) : null,
    citedCount,
  };
}
type CtxSource = Dataset['sources'][number];

const SOURCE_LABELS = ['publisher', 'date', 'kind', 'address', 'limits', 'citedBy', 'locator', 'unknown', 'descriptiveTitle', 'cite', 'dataUpdated', 'goToSources', 'file'] as const;

export function buildSourcePages(ctx: SiteContext): { index: SourcesPageVM; pages: SourcePageVM[] } {
  const uses = citationIndex(ctx);
  const sources = ctx.ds.sources.map((s) => sourceVM(ctx, s, uses.get(s.id)?.length ?? 0));
  const index: SourcesPageVM = {
    meta: ctx.meta(PATHS.sources, t(ctx.locale, 'sources'), t(ctx.locale, 'sourcesIntro')),
    intro: t(ctx.locale, 'sourcesIntro'),
    sources,
    labels: { ...ctx.labels(...SOURCE_LABELS), citedTimes: t(ctx.locale, 'citedTimes') },
  };
  const pages = ctx.ds.sources.map((s, i) => {
    const list = uses.get(s.id) ?? [];
    const groups = new Map<string, CiteUseVM[]>();
    for (const u of list) groups.set(u.kind, [...(groups.get(u.kind) ?? []), u]);
    return {
      meta: ctx.meta(sourcePath(s.id), s.title, ctx.text(s.description)),
      source: sources[i]!,
      uses: [...groups.entries()].map(([group, items]) => ({ group, items })),
      labels: ctx.labels(...SOURCE_LABELS),
    };
  });
  return { index, pages };
}

export function buildGlossary(ctx: SiteContext): GlossaryVM {
  const other = ctx.locale === 'nb' ? 'en' : 'nb';
  return {
    meta: ctx.meta(PATHS.glossary, t(ctx.locale, 'glossary'), t(ctx.locale, 'glossaryIntro')),
    intro: t(ctx.locale, 'glossaryIntro'),
    terms: ctx.ds.glossary.terms.map((term) => ({
      id: term.id,
      term: ctx.text(term.term),
      other: term.term[other] !== term.term[ctx.locale] ? term.term[other] : '',
      international: term.international ?? null,
      definitionHtml: ctx.block(term.definition)!,
      citations: ctx.citations(term.sources),
    })),
    labels: ctx.labels('internationalTerm', 'sources', 'cite', 'dataUpdated', 'source', 'locator'),
  };
}

export function buildIndexes(ctx: SiteContext): { themes: IndexVM; cities: IndexVM } {
  return {
    themes: {
      meta: ctx.meta(PATHS.themes, t(ctx.locale, 'themes'), t(ctx.locale, 'allThemes')),
      intro: t(ctx.locale, 'allThemes'),
      items: ctx.ds.themes.map((th) => ({ id: th.id, href: themePath(th.id), label: ctx.text(th.name), text: ctx.text(th.definition) })),
      labels: ctx.labels('cite', 'dataUpdated'),
    },
    cities: {
      meta: ctx.meta(PATHS.cities, t(ctx.locale, 'cities'), t(ctx.locale, 'allCities')),
      intro: t(ctx.locale, 'allCities'),
      items: ctx.ds.cities.map((c) => ({ id: c.id, href: cityPath(c.id), label: ctx.text(c.name), text: ctx.text(c.intro) })),
      labels: ctx.labels('cite', 'dataUpdated'),
    },
  };
}

export function buildTimeline(ctx: SiteContext): { meta: ReturnType<SiteContext['meta']>; intro: string; events: EventVM[]; labels: Record<string, string> } {
  const withCities = ctx.ds.cities.length <= ctx.citiesPerPage;
  const events = sortEvents([
    ...(withCities ? ctx.ds.cities.flatMap((c) => c.events.map((e) => eventVM(ctx, e, c))) : []),
    ...ctx.ds.national.events.map((e) => eventVM(ctx, e, null)),
  ]);
  const title = t(ctx.locale, 'timeline');
  const intro =
    ctx.locale === 'nb'
      ? 'Alle daterte hendelser i kildene, for byene og for landet, i tidsrekkefølge. Utledede datoer er merket.'
      : 'Every dated event in the sources, for the cities and the country, in order of time. Inferred dates are marked.';
  const fullIntro = withCities ? intro : `${intro} ${t(ctx.locale, 'timelineAtScale')}`;
  return { meta: ctx.meta(PATHS.timeline, title, fullIntro), intro: fullIntro, events, labels: ctx.labels('cite', 'dataUpdated', 'inferredDate', 'plan', 'sources', 'source', 'locator', 'date') };
}

export function buildDataPage(ctx: SiteContext, files: { path: string; bytes: number }[]): DataPageVM {
  const L = (nb: string, en: string) => (ctx.locale === 'nb' ? nb : en);
  const describe: Record<string, [string, string, string]> = {
    [downloads.json]: ['JSON', 'Hele det validerte datasettet: byer, planer, standpunkter, tall, uttalelser, hendelser, kilder og ordliste.', 'The whole validated data set: cities, plans, positions, figures, statements, events, sources and glossary.'],
    [downloads.matrixCsv]: ['CSV', 'By × tema-tabellen, én rad per rute: by, tema, status, sammendrag på norsk og engelsk, kilder og datadato.', 'The city × theme table, one row per cell: city, theme, status, summaries in Norwegian and English, sources and data date.'],
    [downloads.figuresCsv]: ['CSV', 'Alle tall med enhet, periode, omfang, utregning og kilde.', 'All figures with unit, period, scope, derivation and source.'],
    [downloads.sourcesCsv]: ['CSV', 'Alle kilder med utgiver, dato og adresse.', 'All sources with publisher, date and address.'],
  };
  const vm = (f: { path: string; bytes: number }, format: string, description: string): DownloadVM => ({
    href: f.path,
    file: f.path.split('/').pop()!,
    format,
    bytes: f.bytes,
    size: formatBytes(f.bytes, ctx.locale),
    description,
  });
  const main = files.filter((f) => describe[f.path]).map((f) => vm(f, describe[f.path]![0], L(describe[f.path]![1], describe[f.path]![2])));
  const schemas = files
    .filter((f) => f.path.startsWith('/data/schemas/'))
    .map((f) => vm(f, 'JSON Schema', L('JSON Schema (draft 2020-12) for dataene.', 'JSON Schema (draft 2020-12) for the data.')));
  return {
    meta: ctx.meta(PATHS.data, t(ctx.locale, 'openData'), t(ctx.locale, 'openDataIntro')),
    intro: t(ctx.locale, 'openDataIntro'),
    downloads: main,
    schemas,
    licence: L(
      `Dataene er lisensiert under ${ctx.ds.meta.dataLicence}; koden under ${ctx.ds.meta.codeLicence}. Oppgi «Rusplaner i storbyene» og datadatoen når du bruker dem.`,
      `The data is licensed under ${ctx.ds.meta.dataLicence}; the code under ${ctx.ds.meta.codeLicence}. Credit "Rusplaner i storbyene" and the data date when you use them.`,
    ),
    labels: ctx.labels('file', 'format', 'size', 'contents', 'download', 'cite', 'dataUpdated'),
  };
}

export function buildHome(ctx: SiteContext): HomeVM {
  const ds = ctx.ds;
  const dates: string[] = [];
  for (const c of ds.cities) {
    for (const e of c.events) dates.push(e.date);
    for (const s of c.statements) dates.push(s.date);
    for (const p of c.plans) for (const d of p.dates) dates.push(d.date);
  }
  for (const e of ds.national.events) dates.push(e.date);
  for (const s of ds.sources) dates.push(s.date);
  const newest = newestDate(dates) ?? 'unknown';
  const figures = ds.cities.reduce((n, c) => n + c.figures.length, 0) + ds.national.figures.length;
  return {
    meta: ctx.meta(PATHS.home, ctx.locale === 'nb' ? 'Rusplaner i storbyene' : "Drug policy plans in Norway's largest cities", t(ctx.locale, 'siteTagline')),
    tagline: t(ctx.locale, 'siteTagline'),
    stats: t(ctx.locale, 'stats', {
      cities: ds.cities.length,
      themes: ds.themes.length,
      plans: ds.cities.reduce((n, c) => n + c.plans.length, 0),
      figures,
      sources: ds.sources.length,
    }),
    newest: ctx.date(newest),
    updated: ctx.date(ds.meta.updated),
    cities: ds.cities.map((c) => ({
      id: c.id,
      href: cityPath(c.id),
      label: ctx.text(c.name),
      intro: ctx.text(c.intro),
      counts: statusGroups(ctx, ds.themes.map((th) => currentEntry(c.positions[th.id]!).status)),
    })),
    themes: ds.themes.map((th) => ({ id: th.id, href: themePath(th.id), label: ctx.text(th.name), definition: ctx.text(th.definition) })),
    entry: [
      { href: PATHS.matrix, label: t(ctx.locale, 'goToMatrix') },
      { href: PATHS.compare, label: t(ctx.locale, 'goToCompare') },
      { href: PATHS.figures, label: t(ctx.locale, 'goToFigures') },
      { href: PATHS.sources, label: t(ctx.locale, 'goToSources') },
    ],
    readers: [t(ctx.locale, 'forPoliticians'), t(ctx.locale, 'forJournalists'), t(ctx.locale, 'forStudents')],
    labels: ctx.labels('coverage', 'cities', 'themes', 'dataUpdated', 'newestSource', 'forReaders', 'methodLink', 'glossary', 'cite', 'openData', 'timeline'),
  };
}

