import React, { useEffect, useMemo, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { CellVM, CompareVM, MatrixRowVM } from '@site/src/core/site/types';
import { PageShell } from '../PageShell';
import { MatrixTable } from '../MatrixTable';
import { Legend } from '../Legend';
import { parseSelection, selectionQuery } from '../compare-url';

/**
 * The compare tool. The server renders the table (all cities, or the first
 * page of them at national scale), so without JavaScript it is readable. In the
 * browser the reader narrows it with checkboxes; the choice lives in the URL
 * (?byer=…&tema=…) so it can be shared. Cells of cities not on the page are
 * fetched from a small JSON file per city.
 */
export default function ComparePage({ data }: { data: CompareVM }) {
  const { labels } = data;
  const isBrowser = useIsBrowser();
  const cellsUrl = useBaseUrl(data.cellsPath);
  const allCities = useMemo(() => data.columns.map((c) => c.id), [data.columns]);
  const allThemes = useMemo(() => data.rows.map((r) => r.themeId), [data.rows]);
  const [cities, setCities] = useState<string[]>(data.defaultCities);
  const [themes, setThemes] = useState<string[]>(allThemes);
  const [ready, setReady] = useState(false);
  const [cells, setCells] = useState<Map<string, CellVM[]>>(
    () => new Map(data.defaultCities.map((id, i) => [id, data.rows.map((r) => r.cells[i]!)])),
  );

  useEffect(() => {
    const sel = parseSelection(window.location.search, allCities, allThemes, data.defaultCities);
    setCities(sel.cities);
    setThemes(sel.themes);
    setReady(true);
  }, [allCities, allThemes, data.defaultCities]);

  useEffect(() => {
    if (!ready) return;
    const query = selectionQuery({ cities, themes }, data.defaultCities, allThemes);
    window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
    const missing = cities.filter((id) => !cells.has(id));
    if (missing.length === 0) return;
    let cancelled = false;
    Promise.all(missing.map((id) => fetch(cellsUrl.replace('{city}', id)).then((r) => r.json() as Promise<CellVM[]>).then((c) => [id, c] as const))).then(
      (loaded) => {
        if (!cancelled) setCells((prev) => new Map([...prev, ...loaded]));
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [cities, themes, ready, allThemes, data.defaultCities, cells, cellsUrl]);

  const toggle = (list: string[], set: (v: string[]) => void, order: string[], id: string) =>
    set(list.includes(id) ? list.filter((x) => x !== id) : order.filter((x) => x === id || list.includes(x)));

  const shownCities = cities.filter((id) => cells.has(id));
  const columns = data.columns.filter((c) => shownCities.includes(c.id));
  const rows: MatrixRowVM[] = data.rows
    .map((r, i) => ({ ...r, cells: shownCities.map((id) => cells.get(id)![i]!) }))
    .filter((r) => themes.includes(r.themeId));
  const shareUrl = isBrowser && ready ? `${window.location.origin}${window.location.pathname}${selectionQuery({ cities, themes }, data.defaultCities, allThemes)}` : '';

  return (
    <PageShell meta={data.meta} labels={labels} wide>
      <p className="lead">{data.intro}</p>
      {isBrowser && (
        <form className="compare-controls no-print" onSubmit={(e) => e.preventDefault()} aria-label={data.meta.title}>
          <fieldset>
            <legend>{labels.compareCities}</legend>
            <div className="compare-controls__buttons">
              {data.complete && (
                <button type="button" className="button button--sm button--secondary" onClick={() => setCities(allCities)}>
                  {labels.compareAll}
                </button>
              )}
              <button type="button" className="button button--sm button--secondary" onClick={() => setCities([])}>
                {labels.compareNone}
              </button>
            </div>
            {data.columns.map((c) => (
              <label key={c.id} className="compare-controls__option">
                <input type="checkbox" name="byer" value={c.id} checked={cities.includes(c.id)} onChange={() => toggle(cities, setCities, allCities, c.id)} /> {c.name}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{labels.compareThemes}</legend>
            <div className="compare-controls__buttons">
              <button type="button" className="button button--sm button--secondary" onClick={() => setThemes(allThemes)}>
                {labels.compareAll}
              </button>
              <button type="button" className="button button--sm button--secondary" onClick={() => setThemes([])}>
                {labels.compareNone}
              </button>
            </div>
            {data.rows.map((r) => (
              <label key={r.themeId} className="compare-controls__option">
                <input type="checkbox" name="tema" value={r.themeId} checked={themes.includes(r.themeId)} onChange={() => toggle(themes, setThemes, allThemes, r.themeId)} />{' '}
                {r.name}
              </label>
            ))}
          </fieldset>
          <p aria-live="polite" className="compare-controls__status">
            {cities.length && themes.length
              ? labels.compareShowing.replace('{cities}', String(cities.length)).replace('{themes}', String(themes.length))
              : labels.compareEmpty}
          </p>
          {shareUrl && (
            <p>
              <label>
                {labels.compareShare}:{' '}
                <input className="compare-controls__share" type="text" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
              </label>
            </p>
          )}
        </form>
      )}
      <Legend items={data.legend} title={labels.legend} />
      <MatrixTable columns={columns} rows={rows} caption={data.meta.title} labels={labels} legend={data.legend} />
    </PageShell>
  );
}
