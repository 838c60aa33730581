import React from 'react';
import type { EmbedVM, Labels } from '@site/src/core/site/index';
import type { EMBED_KEYS } from '@site/src/core/site/labels';

/**
 * The code to embed a view on another site. Without JavaScript the code can be
 * selected and copied from the text field; with it, a button copies it (the
 * button is hidden in the HTML and shown by src/client/enhance.ts).
 */
export function EmbedCode({ embed, labels }: { embed: EmbedVM; labels: Labels<typeof EMBED_KEYS> }) {
  return (
    <details className="embed-code no-print" data-pagefind-ignore="">
      <summary>{labels.embedCode}</summary>
      <p>{labels.embedCodeHelp}</p>
      <textarea readOnly rows={3} value={embed.code} aria-label={labels.embedCode} />
      <p>
        <button type="button" className="button button--sm button--secondary" hidden data-copy={embed.code} data-copied={labels.embedCopied}>
          {labels.embedCopy}
        </button>{' '}
        <span aria-live="polite" data-copy-status="" />
      </p>
    </details>
  );
}
