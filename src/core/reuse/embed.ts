import { currentEntry, entryYear, runStart } from '../history';
import { formatDate } from '../format';
import { SITE_TITLE, t, type Locale } from '../i18n';
import { renderInline } from '../markdown';
import { cellHref, cityPath, embedPaths, htmlFile, themePath } from '../paths';
import { STATUS_COLOUR, STATUS_SHAPE_CSS, STATUS_SHAPE_SVG } from '../status-shapes';
import type { City, Dataset, Theme } from '../types.generated';
import { STATUS, type Status } from '../vocabulary';
import { xmlEscape } from './feeds';
import type { ExportFile } from './routes';

/**
 * Embeddable views for other sites' iframes: one city × theme cell, a city's
 * row and a theme's column. Plain HTML with its own small style sheet: no
 * navigation, no JavaScript, a link back (opening outside the iframe) and the
 * data date. Pure: the same data gives the same files.
 */

export interface EmbedOptions {
  /** the site's root address on the published site, with base path and locale prefix, e.g. https://example.org/rusplaner/en */
  siteRoot: string;
  locale: Locale;
}

const STYLE = [
  'body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c1e21;background:#fff}',
  'main{padding:10px 12px}h1{font-size:16px;margin:0 0 6px}p{margin:4px 0}table{border-collapse:collapse;width:100%}',
  'th,td{text-align:left;padding:3px 6px;border-bottom:1px solid #dde2e8;vertical-align:top}small,.meta{color:#555;font-size:12px}',
  '.st{display:inline-flex;align-items:center;gap:5px;font-weight:600;white-space:nowrap}',
  STATUS_SHAPE_CSS,
  ...Object.entries(STATUS_COLOUR).map(([s, c]) => `.st-${s}{color:${c}}`),
  '.st-not-mentioned{font-style:italic;font-weight:500}a{color:#1f5c99}',
].join('');

function statusHtml(ds: Dataset, status: Status, since: string | null, locale: Locale): string {
  const label = xmlEscape(ds.codebook.statuses[status].label[locale]);
  const svg = `<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">${STATUS_SHAPE_SVG[STATUS[status].shape]}</svg>`;
  const year = since ? ` <small>${xmlEscape(t(locale, 'sinceYear'))} ${since}</small>` : '';
  return `<span class="st st-${status}">${svg}${label}</span>${year}`;
}

function page(title: string, canonical: string, body: string, ds: Dataset, o: EmbedOptions): string {
  const lang = o.locale === 'nb' ? 'nb-NO' : 'en-GB';
  const footer = `<p class="meta"><a href="${xmlEscape(canonical)}" target="_top">${xmlEscape(t(o.locale, 'embedDetails'))}</a> · ${xmlEscape(
    t(o.locale, 'embedDataAsOf', { date: formatDate(ds.meta.updated, o.locale) }),
  )} · ${xmlEscape(SITE_TITLE[o.locale])}</p>`;
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<title>${xmlEscape(title)} – ${xmlEscape(SITE_TITLE[o.locale])}</title><link rel="canonical" href="${xmlEscape(canonical)}"><meta name="robots" content="noindex">`,
    `<style>${STYLE}</style></head><body><main><h1>${xmlEscape(title)}</h1>${body}${footer}</main></body></html>`,
    '',
  ].join('\n');
}

const cellOf = (city: City, theme: Theme) => city.positions[theme.id]!;

function cellEmbed(ds: Dataset, city: City, theme: Theme, o: EmbedOptions): ExportFile {
  const cell = cellOf(city, theme);
  const body = `<p>${currentStatusHtml(ds, cell, o.locale)}</p><p>${renderInline(currentEntry(cell).summary[o.locale])}</p>`;
  const title = `${city.name[o.locale]}: ${theme.name[o.locale]}`;
  return { path: htmlFile(embedPaths.cell(city.id, theme.id)), content: page(title, o.siteRoot + cellHref(city.id, theme.id), body, ds, o) };
}

/** A cell's current status with the year it took effect. */
function currentStatusHtml(ds: Dataset, cell: ReturnType<typeof cellOf>, locale: EmbedOptions['locale']): string {
  return statusHtml(ds, currentEntry(cell).status, entryYear(runStart(cell)), locale);
}

/** A table row of a row or column embed: the cell's name linking to it on the site, and its current status. */
function cellRow(ds: Dataset, city: City, theme: Theme, label: string, o: EmbedOptions): string {
  const href = xmlEscape(o.siteRoot + cellHref(city.id, theme.id));
  return `<tr><th scope="row"><a href="${href}" target="_top">${xmlEscape(label)}</a></th><td>${currentStatusHtml(ds, cellOf(city, theme), o.locale)}</td></tr>`;
}

function rowEmbed(ds: Dataset, city: City, o: EmbedOptions): ExportFile {
  const rows = ds.themes.map((th) => cellRow(ds, city, th, th.name[o.locale], o));
  return {
    path: htmlFile(embedPaths.city(city.id)),
    content: page(city.name[o.locale], o.siteRoot + cityPath(city.id), `<table>${rows.join('')}</table>`, ds, o),
  };
}

function columnEmbed(ds: Dataset, theme: Theme, o: EmbedOptions): ExportFile {
  const rows = ds.cities.map((c) => cellRow(ds, c, theme, c.name[o.locale], o));
  return {
    path: htmlFile(embedPaths.theme(theme.id)),
    content: page(theme.name[o.locale], o.siteRoot + themePath(theme.id), `<table>${rows.join('')}</table>`, ds, o),
  };
}

/** Every embed of a locale: each cell, each city's row and each theme's column. */
export function buildEmbeds(ds: Dataset, o: EmbedOptions): ExportFile[] {
  return [
    ...ds.cities.flatMap((c) => ds.themes.map((th) => cellEmbed(ds, c, th, o))),
    ...ds.cities.map((c) => rowEmbed(ds, c, o)),
    ...ds.themes.map((th) => columnEmbed(ds, th, o)),
  ];
}
