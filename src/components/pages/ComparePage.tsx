import React, { useEffect, useMemo, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { CompareCellVM, MatrixRowVM } from '@site/src/core/site/index';
import { fill } from '@site/src/core/fill';
import { ANCHOR } from '@site/src/core/paths';
import type { PageProps } from '../props';
import { PageShell, livePage } from '../PageShell';
import { MatrixTable } from '../MatrixTable';
import { Legend } from '../Legend';
import { YearNav } from '../YearNav';
import { parseSelection, selectionQuery, type Options, type Selection } from '../compare-url';
import { CompareControls } from '../CompareControls';
import { TimeTable } from '../TimeTable';
import { Island } from '../Island';

type Cells = Map<string, CompareCellVM[]>;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
/** The selection the server renders: the default cities, every theme, no time comparison. */
const isDefault = (sel: Selection, cities: readonly string[], themes: readonly string[]) =>
  !sel.time && sameList(sel.cities, cities) && sameList(sel.themes, themes);

/** Fetches the cells of cities the page does not hold; a failed or missing file is reported, not swallowed. */
function useCityCells(initial: () => Cells, wanted: string[], cellsUrl: string, placeholder: string) {
  const [cells, setCells] = useState<Cells>(initial);
  const [failed, setFailed] = useState<string[]>([]);
  const key = wanted.join(',');
  useEffect(() => {
    const missing = wanted.filter((id) => !cells.has(id));
    if (missing.length === 0) return;
    let cancelled = false;
    void Promise.allSettled(
      missing.map(async (id) => {
        const r = await fetch(cellsUrl.replace(placeholder, id));
        if (!r.ok) throw new Error(`${r.status}`);
        return [id, (await r.json()) as CompareCellVM[]] as const;
      }),
    ).then((results) => {
      if (cancelled) return;
      const loaded = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      setFailed(missing.filter((_, i) => results[i]!.status === 'rejected'));
      if (loaded.length) setCells((prev) => new Map([...prev, ...loaded]));
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refetch only when the wanted cities change
  }, [key, cellsUrl, placeholder]);
  return { cells, failed };
}

/**
 * The compare tool. The server renders the table (all cities, or the first
 * page of them at national scale), so without JavaScript it is readable, and
 * the year pages answer "how did it look then". In the browser the reader
 * narrows the table, or compares one city at two dates; the choice lives in
 * the URL so it can be shared. Cells of cities not on the page are fetched.
 */
function ComparePage({ data }: PageProps<'compare'>) {
  const { labels } = data;
  const cellsUrl = useBaseUrl(data.cellsPath);
  const options: Options = useMemo(
    () => ({ cities: data.columns.map((c) => c.id), themes: data.rows.map((r) => r.themeId), years: data.years, defaultCities: data.defaultCities }),
    [data.columns, data.rows, data.years, data.defaultCities],
  );
  const [sel, setSel] = useState<Selection>({ cities: data.defaultCities, themes: options.themes as string[], time: null });
  // whether the selection left the defaults, by the reader's choice or a shared URL: from then on the URL
  // follows it, a link to share is shown, and React draws the table
  const [changed, setChanged] = useState(false);
  const choose = (next: Selection) => {
    setChanged(true);
    setSel(next);
  };
  useEffect(() => {
    // the selection is in the URL, which exists only in the browser: read it once after hydration. An address
    // without one leaves the state alone, so the page is not drawn a second time as it comes alive
    const shared = parseSelection(window.location.search, options);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- hydration-safe: the server renders the defaults
    if (selectionQuery(shared, options) !== '') choose(shared);
  }, [options]);
  useEffect(() => {
    if (changed) window.history.replaceState(null, '', `${window.location.pathname}${selectionQuery(sel, options)}${window.location.hash}`);
  }, [sel, changed, options]);

  const wanted = sel.time ? [sel.time.city] : sel.cities;
  const { cells, failed } = useCityCells(
    () => new Map(data.defaultCities.map((id, i) => [id, data.rows.map((r) => r.cells[i]!)])),
    wanted,
    cellsUrl,
    data.placeholder,
  );
  const nameOf = (id: string) => data.columns.find((c) => c.id === id)?.name ?? id;
  const shownCities = sel.cities.filter((id) => cells.has(id));
  const rows: MatrixRowVM[] = data.rows
    .map((r, i) => ({ ...r, cells: shownCities.map((id) => cells.get(id)![i]!) }))
    .filter((r) => sel.themes.includes(r.themeId));
  const shareUrl = changed ? `${window.location.origin}${window.location.pathname}${selectionQuery(sel, options)}` : '';

  const table = sel.time ? (
    cells.has(sel.time.city) && (
      <TimeTable
        rows={data.rows.filter((r) => sel.themes.includes(r.themeId))}
        cells={cells.get(sel.time.city)!}
        allThemes={options.themes}
        time={sel.time}
        caption={fill(labels.compareTimeCaption, { city: nameOf(sel.time.city), from: sel.time.from, to: sel.time.to })}
        legend={data.legend}
        labels={labels}
      />
    )
  ) : (
    <MatrixTable columns={data.columns.filter((c) => shownCities.includes(c.id))} rows={rows} caption={data.meta.title} labels={labels} legend={data.legend} />
  );

  return (
    <PageShell meta={data.meta} labels={labels}>
      <p className="lead">{data.intro}</p>
      {/* rendered on the server too (so nothing shifts when the page comes alive); hidden where JavaScript is off */}
      <noscript>
        <style>{'.compare-controls{display:none}'}</style>
      </noscript>
      <CompareControls data={data} sel={sel} setSel={choose} shareUrl={shareUrl} />
      <p role="alert" className="compare-error">
        {failed.map((id) => fill(labels.compareLoadFailed, { city: nameOf(id) })).join(' ')}
      </p>
      <YearNav years={data.yearPages} current={null} label={labels.byYear} />
      <Legend items={data.legend} labels={labels} />
      {/* the default table is the server's HTML, kept without hydrating it; once the reader changes the selection, React draws it */}
      {isDefault(sel, data.defaultCities, options.themes) && !changed ? (
        <Island id={ANCHOR.compareTable} render={() => table} />
      ) : (
        <div key="live">{table}</div>
      )}
    </PageShell>
  );
}

export default livePage(ComparePage, { wide: true });
