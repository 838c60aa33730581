import React from 'react';
import type { FigureVM, Labels, SeriesVM } from '@site/src/core/site/index';
import type { BAR_CHART_KEYS, FIGURE_TABLE_KEYS } from '@site/src/core/site/labels';
import { Html } from './Html';
import { Citations } from './Citations';
import { useAnchors } from './anchors';

/** Figures as a table: what, value, period and source; a worked-out value is marked. */
export function FigureTable({
  figures,
  labels,
  showScope = false,
  caption,
}: {
  figures: FigureVM[];
  labels: Labels<typeof FIGURE_TABLE_KEYS>;
  showScope?: boolean;
  caption?: string;
}) {
  useAnchors(figures.map((f) => f.anchor));
  if (figures.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="figures">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {showScope && <th scope="col">{labels.scope}</th>}
            <th scope="col">{labels.what}</th>
            <th scope="col" className="num">
              {labels.value}
            </th>
            <th scope="col">{labels.period}</th>
            <th scope="col">{labels.source}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.id} id={f.anchor}>
              {showScope && <td>{f.scopeLabel}</td>}
              <th scope="row">
                <Html html={f.label} />
                {f.noteHtml && (
                  <>
                    <br />
                    <small>
                      <Html html={f.noteHtml} />
                    </small>
                  </>
                )}
                {f.derivationHtml && (
                  <>
                    <br />
                    <small className="derived">
                      <strong>{labels.derived}:</strong> <Html html={f.derivationHtml} />
                    </small>
                  </>
                )}
              </th>
              <td className="num">
                {f.value}
                {f.derivationHtml && (
                  <span className="derived-mark" title={labels.derived}>
                    {' '}
                    *
                  </span>
                )}
              </td>
              <td>
                {f.period}
                {f.asOf && <small> ({f.asOf})</small>}
                {f.reported && (
                  <small className="figures__reported">
                    {' '}
                    – {labels.reported} {f.reported}
                  </small>
                )}
                {f.revised && <small className="figures__revised"> – {labels.revisedMark}</small>}
              </td>
              <td>
                <Citations items={f.citations} label={labels.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A bar chart rendered on the server as SVG, with a text alternative and the
 * same numbers in a table beside it. Worked-out values are hatched.
 */
export function BarChart({ series, labels }: { series: SeriesVM; labels: Labels<typeof BAR_CHART_KEYS> }) {
  const max = Math.max(...series.points.map((p) => p.value ?? 0), 1);
  const barW = 56;
  const gap = 28;
  const top = 24;
  const h = 160;
  const w = series.points.length * (barW + gap) + gap;
  const note = (p: SeriesVM['points'][number]) => [p.derived ? labels.derived : null, p.revised ? labels.revisedLatest : null].filter(Boolean).join(', ');
  const alt = `${labels.chartOf}: ${series.title}. ${series.points.map((p) => `${p.year}: ${p.valueText}${note(p) ? ` (${note(p)})` : ''}`).join('; ')}.`;
  const id = `chart-${series.id}`;
  useAnchors([series.id]);
  return (
    <figure className="chart" id={series.id}>
      <figcaption>
        <strong>{series.title}</strong> – {series.scopeLabel}
      </figcaption>
      <div className="chart__body">
        <svg viewBox={`0 0 ${w} ${h + top + 28}`} width={w} height={h + top + 28} role="img" aria-labelledby={`${id}-t ${id}-d`} className="chart__svg">
          <title id={`${id}-t`}>{series.title}</title>
          <desc id={`${id}-d`}>{alt}</desc>
          <defs>
            <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" className="chart__bar" />
              <line x1="0" y1="0" x2="0" y2="6" className="chart__hatch" strokeWidth="3" />
            </pattern>
          </defs>
          <line x1="0" y1={top + h} x2={w} y2={top + h} className="chart__axis" />
          {series.points.map((p, i) => {
            const x = gap + i * (barW + gap);
            const label = (
              <text x={x + barW / 2} y={top + h + 18} textAnchor="middle" className="chart__label">
                {p.year}
              </text>
            );
            if (p.value === null) {
              // a gap: no bar, a dashed outline and no number, so no value is implied
              return (
                <g key={p.year} className="chart__gap">
                  <rect x={x} y={top + h - 12} width={barW} height={12} className="chart__gap-box" />
                  <text x={x + barW / 2} y={top + h - 18} textAnchor="middle" className="chart__value chart__value--gap">
                    –
                  </text>
                  {label}
                </g>
              );
            }
            const bh = Math.round((p.value / max) * h);
            return (
              <g key={p.year}>
                <rect x={x} y={top + h - bh} width={barW} height={bh} className="chart__bar" fill={p.derived ? `url(#${id}-hatch)` : undefined} />
                <text x={x + barW / 2} y={top + h - bh - 6} textAnchor="middle" className="chart__value">
                  {p.valueText.replace(/\s.*$/, '')}
                  {p.derived ? '*' : ''}
                  {p.revised ? '†' : ''}
                </text>
                {label}
              </g>
            );
          })}
        </svg>
        <table className="chart__table">
          <caption className="visually-hidden">{series.title}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.year}</th>
              <th scope="col" className="num">
                {labels.value}
              </th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((p) => (
              <tr key={p.year} className={p.value === null ? 'chart__row--gap' : undefined}>
                <th scope="row">{p.year}</th>
                <td className="num">
                  {p.figureId ? <a href={`#${p.figureId}`}>{p.valueText}</a> : p.valueText}
                  {p.derived && <span title={labels.derived}> *</span>}
                  {p.revised && <span title={labels.revisedLatest}> †</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {series.points.some((p) => p.derived || p.revised) && (
        <p className="chart__note">
          {series.points.some((p) => p.derived) && <>* {labels.derived}. </>}
          {series.points.some((p) => p.revised) && <>† {labels.revisedLatest}.</>}
        </p>
      )}
      <Citations items={series.citations} label={labels.sources} />
    </figure>
  );
}
