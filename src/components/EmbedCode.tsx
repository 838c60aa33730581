import React, { useState } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { EmbedVM, Labels } from '@site/src/core/site/index';
import type { EMBED_KEYS } from '@site/src/core/site/labels';

/**
 * The code to embed a view on another site. Without JavaScript the code can be
 * selected and copied from the text field; with it, a button copies it.
 */
export function EmbedCode({ embed, labels }: { embed: EmbedVM; labels: Labels<typeof EMBED_KEYS> }) {
  const isBrowser = useIsBrowser();
  const [copied, setCopied] = useState(false);
  return (
    <details className="embed-code no-print">
      <summary>{labels.embedCode}</summary>
      <p>{labels.embedCodeHelp}</p>
      <textarea readOnly rows={3} value={embed.code} aria-label={labels.embedCode} onFocus={(e) => e.currentTarget.select()} />
      {isBrowser && (
        <p>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => {
              void navigator.clipboard?.writeText(embed.code).then(() => setCopied(true));
            }}
          >
            {labels.embedCopy}
          </button>{' '}
          <span aria-live="polite">{copied ? labels.embedCopied : ''}</span>
        </p>
      )}
    </details>
  );
}
