import React from 'react';
import clsx from 'clsx';
import type { StatusVM } from '@site/src/core/site/types';

const SHAPES: Record<StatusVM['shape'], React.ReactNode> = {
  circle: <circle cx="8" cy="8" r="6" className="sm-fill" />,
  square: <rect x="2.5" y="2.5" width="11" height="11" className="sm-fill" />,
  triangle: <path d="M8 1.8 14.6 13.6H1.4Z" className="sm-fill" />,
  'diamond-outline': <path d="M8 1.5 14.5 8 8 14.5 1.5 8Z" className="sm-outline" />,
  cross: <path d="M3 3 13 13M13 3 3 13" className="sm-stroke" />,
  slash: (
    <>
      <circle cx="8" cy="8" r="6" className="sm-outline" />
      <path d="M3.8 12.2 12.2 3.8" className="sm-stroke-thin" />
    </>
  ),
  question: (
    <>
      <circle cx="8" cy="8" r="6.3" className="sm-dashed" />
      <path d="M6.1 6.3a1.95 1.95 0 1 1 2.7 1.8c-.55.25-.8.6-.8 1.2v.6" className="sm-stroke-q" />
      <circle cx="8" cy="11.6" r=".95" className="sm-fill" />
    </>
  ),
};

/** A status shown by shape, text and colour together, so it never rests on colour alone. */
export function StatusMarker({ status, compact = false }: { status: StatusVM; compact?: boolean }) {
  return (
    <span className={clsx('status-marker', `status--${status.status}`, compact && 'status-marker--compact')}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        {SHAPES[status.shape]}
      </svg>
      <span className={compact ? 'status-marker__label visually-hidden' : 'status-marker__label'}>{status.label}</span>
    </span>
  );
}
