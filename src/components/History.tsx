import React from 'react';
import Link from '@docusaurus/Link';
import type { CellHistoryVM, ComparisonVM, Labels, OpenQuestionVM } from '@site/src/core/site/index';
import type { COMPARISONS_KEYS, HISTORY_KEYS, OPEN_QUESTIONS_KEYS } from '@site/src/core/site/labels';
import { ANCHOR } from '@site/src/core/paths';
import { StatusMarker } from './StatusMarker';
import { Html } from './Html';
import { Citations } from './Citations';
import { DateText } from './Records';
import { useAnchors } from './anchors';

/**
 * A cell's history as a short timeline: each dated entry with its status,
 * summary, details, plans and evidence (whose word it is); then when the cell
 * was last checked and since when the sources have been silent.
 */
export function CellHistory({ history, labels }: { history: CellHistoryVM; labels: Labels<typeof HISTORY_KEYS> }) {
  useAnchors(history.entries.map((e) => e.anchor));
  return (
    <div className="cell-history">
      <h3 className="cell-history__title">{labels.history}</h3>
      <ol className="cell-history__list">
        {history.entries.map((e) => (
          <li key={e.anchor} id={e.anchor} className={e.current ? 'cell-history__entry cell-history__entry--current' : 'cell-history__entry'}>
            <p className="cell-history__when">
              {`${labels.fromDate} `}
              <DateText date={e.date} iso={e.dateIso} inferred={e.inferred} note={e.dateNote} label={labels.inferredDate} />
              {e.until && ` ${labels.untilDate} ${e.until}`}
              {e.current && <span className="cell-history__current">{` (${labels.currentEntry})`}</span>}
            </p>
            <StatusMarker status={e.status} />
            <Html html={e.summaryHtml} as="p" searchIgnore={e.current} />
            <Html html={e.detailsHtml} as="div" className="cell-history__details" />
            {e.plans.length > 0 && (
              <p>
                {`${labels.plans}: `}
                {e.plans.map((p, i) => (
                  <React.Fragment key={p.href}>
                    {i > 0 && '; '}
                    <Link to={p.href}>{p.label}</Link>
                  </React.Fragment>
                ))}
              </p>
            )}
            <Citations items={e.evidence} label={labels.sources} />
          </li>
        ))}
      </ol>
      <p className="cell-history__checked" data-pagefind-ignore="">
        {history.silentSince && `${labels.silentSince} ${history.silentSince}. `}
        {`${labels.checkedOn}: `}
        <time dateTime={history.checkedIso}>{history.checked}</time>.
      </p>
    </div>
  );
}

/** What nobody has published: each question with what is known around it and the day it was last checked. */
export function OpenQuestions({
  items,
  labels,
  showScope = false,
}: {
  items: OpenQuestionVM[];
  labels: Labels<typeof OPEN_QUESTIONS_KEYS>;
  showScope?: boolean;
}) {
  useAnchors(items.map((q) => q.anchor));
  if (items.length === 0) return null;
  return (
    <section className="open-questions" aria-labelledby={ANCHOR.openQuestions}>
      <h2 id={ANCHOR.openQuestions}>{labels.openQuestions}</h2>
      <p>{labels.openQuestionsIntro}</p>
      <ul>
        {items.map((q) => (
          <li key={q.id} id={q.anchor} className="open-question">
            <p className="open-question__q">
              {showScope && <span className="open-question__scope">{q.scope}: </span>}
              <Html html={q.questionHtml} />
            </p>
            <Html html={q.contextHtml} as="p" className="open-question__context" />
            <p className="open-question__checked">
              {labels.checkedOn}: <time dateTime={q.checkedIso}>{q.checked}</time>
            </p>
            <Citations items={q.citations} label={labels.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the sources say about the cities together, each point with its sources. */
export function Comparisons({ items, labels }: { items: ComparisonVM[]; labels: Labels<typeof COMPARISONS_KEYS> }) {
  useAnchors(items.map((c) => c.anchor));
  if (items.length === 0) return null;
  return (
    <section className="comparisons" aria-labelledby={ANCHOR.comparisons}>
      <h2 id={ANCHOR.comparisons}>{labels.comparisons}</h2>
      <p>{labels.comparisonsIntro}</p>
      <ul>
        {items.map((c) => (
          <li key={c.id} id={c.anchor} className="comparison">
            <Html html={c.textHtml} as="p" />
            {c.derivationHtml && (
              <p className="derived">
                <small>
                  {labels.derived}: <Html html={c.derivationHtml} />
                </small>
              </p>
            )}
            <Citations items={c.citations} label={labels.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
