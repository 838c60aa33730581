import React from 'react';
import clsx from 'clsx';
import type { StatusVM } from '@site/src/core/site/index';

/**
 * A status shown by shape, text and colour together, so it never rests on colour
 * alone. The shape is a CSS mask (src/css/custom.css, `.sm--<shape>`).
 */
export function StatusMarker({ status, compact = false }: { status: StatusVM; compact?: boolean }) {
  return (
    <span className={clsx('status-marker', `status--${status.status}`, compact && 'status-marker--compact')}>
      <span className={`sm sm--${status.shape}`} aria-hidden="true" />
      <span className={compact ? 'status-marker__label visually-hidden' : 'status-marker__label'}>{status.label}</span>
    </span>
  );
}
