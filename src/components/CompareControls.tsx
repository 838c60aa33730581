import React from 'react';
import type { CompareVM } from '@site/src/core/site/pages/compare';
import { fill } from '@site/src/core/fill';
import type { Selection } from './compare-url';

const toggle = (list: string[], order: readonly string[], id: string) =>
  list.includes(id) ? list.filter((x) => x !== id) : order.filter((x) => x === id || list.includes(x));

/** The compare tool's controls: the mode, the cities (or one city and two years), the themes, and the link to share. */
export function CompareControls({ data, sel, setSel, shareUrl }: { data: CompareVM; sel: Selection; setSel: (s: Selection) => void; shareUrl: string }) {
  const { labels } = data;
  const allCities = data.columns.map((c) => c.id);
  const allThemes = data.rows.map((r) => r.themeId);
  const years = data.years;
  const time = sel.time;
  const setTime = (patch: Partial<NonNullable<Selection['time']>>) => time && setSel({ ...sel, time: { ...time, ...patch } });
  return (
    <form className="compare-controls no-print" onSubmit={(e) => e.preventDefault()} aria-label={data.meta.title}>
      <fieldset>
        <legend>{labels.compareMode}</legend>
        <label className="compare-controls__option">
          <input type="radio" name="modus" value="byer" checked={!time} onChange={() => setSel({ ...sel, time: null })} /> {labels.compareModeCities}
        </label>
        <label className="compare-controls__option">
          <input
            type="radio"
            name="modus"
            value="tid"
            checked={!!time}
            onChange={() => setSel({ ...sel, time: { city: sel.cities[0] ?? allCities[0]!, from: years[0]!, to: years[years.length - 1]! } })}
          />{' '}
          {labels.compareModeTime}
        </label>
      </fieldset>
      {time ? (
        <fieldset>
          <legend>{labels.compareCity}</legend>
          <label className="compare-controls__option">
            {labels.compareCity}{' '}
            <select value={time.city} onChange={(e) => setTime({ city: e.target.value })}>
              {data.columns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="compare-controls__option">
            {labels.compareFrom}{' '}
            <select value={time.from} onChange={(e) => setTime({ from: e.target.value })}>
              {years.map((y) => (
                <option key={y}>{y}</option>
              ))}
            </select>
          </label>
          <label className="compare-controls__option">
            {labels.compareTo}{' '}
            <select value={time.to} onChange={(e) => setTime({ to: e.target.value })}>
              {years.map((y) => (
                <option key={y}>{y}</option>
              ))}
            </select>
          </label>
        </fieldset>
      ) : (
        <fieldset>
          <legend>{labels.compareCities}</legend>
          <div className="compare-controls__buttons">
            {data.complete && (
              <button type="button" className="button button--sm button--secondary" onClick={() => setSel({ ...sel, cities: allCities })}>
                {labels.compareAll}
              </button>
            )}
            <button type="button" className="button button--sm button--secondary" onClick={() => setSel({ ...sel, cities: [] })}>
              {labels.compareNone}
            </button>
          </div>
          {data.columns.map((c) => (
            <label key={c.id} className="compare-controls__option">
              <input
                type="checkbox"
                name="byer"
                value={c.id}
                checked={sel.cities.includes(c.id)}
                onChange={() => setSel({ ...sel, cities: toggle(sel.cities, allCities, c.id) })}
              />{' '}
              {c.name}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{labels.compareThemes}</legend>
        <div className="compare-controls__buttons">
          <button type="button" className="button button--sm button--secondary" onClick={() => setSel({ ...sel, themes: allThemes })}>
            {labels.compareAll}
          </button>
          <button type="button" className="button button--sm button--secondary" onClick={() => setSel({ ...sel, themes: [] })}>
            {labels.compareNone}
          </button>
        </div>
        {data.rows.map((r) => (
          <label key={r.themeId} className="compare-controls__option">
            <input
              type="checkbox"
              name="tema"
              value={r.themeId}
              checked={sel.themes.includes(r.themeId)}
              onChange={() => setSel({ ...sel, themes: toggle(sel.themes, allThemes, r.themeId) })}
            />{' '}
            {r.name}
          </label>
        ))}
      </fieldset>
      <p aria-live="polite" className="compare-controls__status">
        {(time ? 1 : sel.cities.length) && sel.themes.length
          ? fill(labels.compareShowing, { cities: time ? 1 : sel.cities.length, themes: sel.themes.length })
          : labels.compareEmpty}
      </p>
      {shareUrl && (
        <p>
          <label>
            {labels.compareShare}: <input className="compare-controls__share" type="text" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
          </label>
        </p>
      )}
    </form>
  );
}
