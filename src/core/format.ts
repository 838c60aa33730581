import type { Locale } from './i18n';
import { UI } from './i18n';
import { UNIT } from './vocabulary';
import type { Figure, Period } from './types.generated';

const MONTHS: Record<Locale, string[]> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2018-05-11" → "11. mai 2018" (nb) / "11 May 2018" (en); "2018-11" → "november 2018"; "unknown" → "ukjent". */
export function formatDate(date: string, locale: Locale): string {
  if (date === 'unknown') return UI.unknown[locale];
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[locale][Number(m) - 1]!;
  if (!d) return `${month} ${y}`;
  return locale === 'nb' ? `${Number(d)}. ${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** Thousands grouped the Norwegian way (3 924, with a no-break space) or the English way (3,924). */
export function formatNumber(value: number, locale: Locale): string {
  const [int, frac] = Math.abs(value).toString().split('.');
  const sep = locale === 'nb' ? '\u00a0' : ',';
  const grouped = int!.length > 3 ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : int!;
  const dec = frac ? (locale === 'nb' ? ',' : '.') + frac : '';
  return (value < 0 ? '−' : '') + grouped + dec;
}

/** A figure's value with its unit: "3 924 personer", "ca. 34 %", "455 mill. kr", "NOK 455 million". */
export function formatValue(f: Pick<Figure, 'value' | 'unit' | 'approximate'>, locale: Locale): string {
  const n = formatNumber(f.value, locale);
  const [one, many] = UNIT[f.unit][locale];
  const label = f.value === 1 ? one : many;
  let text: string;
  if (f.unit === 'percent') text = locale === 'nb' ? `${n}\u00a0%` : `${n}%`;
  else if (f.unit === 'nok' && locale === 'en') text = `NOK ${n}`;
  else if (f.unit === 'million-nok' && locale === 'en') text = `NOK ${n} million`;
  else text = label ? `${n}\u00a0${label}` : n;
  return f.approximate ? `${UI.approximately[locale]} ${text}` : text;
}

/** "2017", "2016–2023", "fra 2020", "t.o.m. 2023". */
export function formatPeriod(p: Period, locale: Locale): string {
  const from = p.from;
  const to = p.to;
  if (from === to) return formatDate(from, locale);
  if (from === 'unknown' && to === 'unknown') return UI.unknown[locale];
  if (to === 'unknown') return locale === 'nb' ? `fra ${formatDate(from, locale)}` : `from ${formatDate(from, locale)}`;
  if (from === 'unknown') return locale === 'nb' ? `t.o.m. ${formatDate(to, locale)}` : `up to ${formatDate(to, locale)}`;
  if (from.length === 4 && to.length === 4) return `${from}–${to}`;
  return `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
}

/** How a locator is shown: "*" means the whole text. */
export function formatLocator(locator: string, locale: Locale): string {
  return locator === '*' ? UI.wholeText[locale] : locator;
}

/** File sizes for the download page: "12,3 kB" / "12.3 kB". */
export function formatBytes(bytes: number, locale: Locale): string {
  const kb = bytes / 1000;
  const s = kb < 10 ? kb.toFixed(1) : Math.round(kb).toString();
  return `${locale === 'nb' ? s.replace('.', ',') : s}\u00a0kB`;
}
