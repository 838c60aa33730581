import React from 'react';
import clsx from 'clsx';
import type { StatusVM } from '@site/src/core/site/index';
import { STATUS_SHAPE_SVG } from '@site/src/core/status-shapes';

/** A status shown by shape, text and colour together, so it never rests on colour alone. */
export function StatusMarker({ status, compact = false }: { status: StatusVM; compact?: boolean }) {
  return (
    <span className={clsx('status-marker', `status--${status.status}`, compact && 'status-marker--compact')}>
      <svg
        viewBox="0 0 16 16"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false"
        dangerouslySetInnerHTML={{ __html: STATUS_SHAPE_SVG[status.shape] }}
      />
      <span className={compact ? 'status-marker__label visually-hidden' : 'status-marker__label'}>{status.label}</span>
    </span>
  );
}
