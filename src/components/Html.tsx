import React from 'react';

/**
 * Renders HTML that the core produced from data Markdown at build time.
 * The core's renderer drops raw HTML and unsafe URLs (see src/core/markdown.ts),
 * so this is the one place where pre-rendered text enters the page.
 */
export function Html({ html, as = 'span', className }: { html: string | null; as?: 'span' | 'div' | 'p'; className?: string }) {
  if (!html) return null;
  const Tag = as;
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
