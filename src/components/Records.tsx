import React from 'react';
import Link from '@docusaurus/Link';
import type { DisagreementVM, EventVM, Labels, PlanVM, StatementVM } from '@site/src/core/site/index';
import type { DISAGREEMENTS_KEYS, PLANS_KEYS, STATEMENTS_KEYS, TIMELINE_KEYS } from '@site/src/core/site/labels';
import { ANCHOR } from '@site/src/core/paths';
import { Html } from './Html';
import { Citations } from './Citations';
import { useAnchors } from './anchors';

/** A date, marked when it was worked out rather than stated by the source. */
export function DateText({ date, iso, inferred, note, label }: { date: string; iso: string; inferred: boolean; note: string | null; label: string }) {
  return (
    <>
      {iso === 'unknown' ? <span>{date}</span> : <time dateTime={iso}>{date}</time>}
      {inferred && (
        <span className="inferred" title={label}>
          {` (${label.toLowerCase()}${note ? ': ' : ''}`}
          {note && <Html html={note} />})
        </span>
      )}
    </>
  );
}

export function Timeline({ events, labels, showScope = false }: { events: EventVM[]; labels: Labels<typeof TIMELINE_KEYS>; showScope?: boolean }) {
  useAnchors(events.map((e) => e.anchor));
  if (events.length === 0) return <p>{labels.noEvents}</p>;
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.id} id={e.anchor} className="timeline__item">
          <div className="timeline__date">
            <DateText date={e.date} iso={e.dateIso} inferred={e.inferred} note={e.dateNote} label={labels.inferredDate} />
          </div>
          <div className="timeline__body">
            {showScope && <span className="timeline__scope">{e.scope}: </span>}
            {e.kind && <span className="timeline__kind">{e.kind}</span>}
            <Html html={e.titleHtml} />
            {e.plan && (
              <>
                {' '}
                (<Link to={e.plan.href}>{e.plan.label}</Link>)
              </>
            )}
            <Html html={e.detailsHtml} as="div" className="timeline__details" />
            <Citations items={e.citations} label={labels.sources} />
          </div>
        </li>
      ))}
    </ol>
  );
}

export function Statements({ statements, labels }: { statements: StatementVM[]; labels: Labels<typeof STATEMENTS_KEYS> }) {
  useAnchors(statements.map((s) => s.anchor));
  if (statements.length === 0) return <p>{labels.noStatements}</p>;
  return (
    <ul className="statements">
      {statements.map((s) => (
        <li key={s.id} id={s.anchor} className="statement">
          <p className="statement__who">
            <strong>{s.actor}</strong>
            {s.party && ` (${s.party})`}
            {s.role && `, ${s.role}`} <span className="statement__basis">({s.basis})</span> –{' '}
            <DateText date={s.date} iso={s.dateIso} inferred={s.inferred} note={null} label={labels.inferredDate} />
          </p>
          {s.actorNote && (
            <p className="statement__note">
              <small>
                <Html html={s.actorNote} />
              </small>
            </p>
          )}
          <Html html={s.summaryHtml} as="p" />
          {s.themes.length > 0 && (
            <p className="statement__themes">
              {s.themes.map((th, i) => (
                <React.Fragment key={th.href}>
                  {i > 0 && ' · '}
                  <Link to={th.href}>{th.label}</Link>
                </React.Fragment>
              ))}
            </p>
          )}
          <Citations items={s.citations} label={labels.sources} />
        </li>
      ))}
    </ul>
  );
}

export function Plans({ plans, labels }: { plans: PlanVM[]; labels: Labels<typeof PLANS_KEYS> }) {
  useAnchors(plans.map((p) => p.anchor));
  return (
    <ol className="plans">
      {plans.map((p) => (
        <li key={p.id} id={p.anchor} className="plan">
          <h3 className="plan__title">
            {p.title}
            {p.descriptiveTitle && <small className="plan__desc-title"> ({labels.descriptiveTitle})</small>}
          </h3>
          <dl className="plan__facts">
            <div>
              <dt>{labels.type}</dt>
              <dd>{p.type}</dd>
            </div>
            <div>
              <dt>{labels.status}</dt>
              <dd>{p.status}</dd>
            </div>
            <div>
              <dt>{labels.issuedBy}</dt>
              <dd>{p.issuedBy}</dd>
            </div>
            <div>
              <dt>{labels.period}</dt>
              <dd>{p.period}</dd>
            </div>
            {p.dates.map((d, i) => (
              <div key={i}>
                <dt>{d.kind}</dt>
                <dd>
                  <DateText date={d.date} iso={d.dateIso} inferred={d.inferred} note={d.dateNote} label={labels.inferredDate} />
                </dd>
              </div>
            ))}
          </dl>
          <Html html={p.summaryHtml} as="p" />
          <Html html={p.detailsHtml} as="div" className="plan__details" />
          {(p.follows || p.incorporatedInto) && (
            <p>
              {p.follows && (
                <>
                  ← <Link to={p.follows.href}>{p.follows.label}</Link>{' '}
                </>
              )}
              {p.incorporatedInto && (
                <>
                  → <Link to={p.incorporatedInto.href}>{p.incorporatedInto.label}</Link>
                </>
              )}
            </p>
          )}
          <Citations items={p.citations} label={labels.sources} />
        </li>
      ))}
    </ol>
  );
}

export function Disagreements({ items, labels }: { items: DisagreementVM[]; labels: Labels<typeof DISAGREEMENTS_KEYS> }) {
  useAnchors(items.map((d) => d.anchor));
  if (items.length === 0) return null;
  return (
    <section>
      <h2 id={ANCHOR.disagreements}>{labels.disagreements}</h2>
      {items.map((d) => (
        <div key={d.id} id={d.anchor} className="disagreement">
          <h3>{d.topic}</h3>
          <ul>
            {d.claims.map((c, i) => (
              <li key={i}>
                <Html html={c.textHtml} />
                <Citations items={c.citations} label={labels.source} />
              </li>
            ))}
          </ul>
          <Html html={d.noteHtml} as="p" />
        </div>
      ))}
    </section>
  );
}
