import React from 'react';

const BLOCK_START = /^<(?:p|ul|ol|div|blockquote|pre|table|h[1-6])[\s>]/;

/**
 * Renders HTML that the core produced from data Markdown at build time.
 * The core's renderer drops raw HTML and unsafe URLs (see src/core/markdown.ts),
 * so this is the one place where pre-rendered text enters the page.
 */
export function Html({
  html,
  as = 'span',
  className,
  searchIgnore = false,
}: {
  html: string | null;
  as?: 'span' | 'div' | 'p';
  className?: string;
  /** left out of the search index (text the page already shows once, e.g. a history's current summary) */
  searchIgnore?: boolean;
}) {
  if (!html) return null;
  // a text of several paragraphs comes as blocks, which may not sit inside a <p> or <span>
  const Tag = as !== 'div' && BLOCK_START.test(html) ? 'div' : as;
  return <Tag className={className} data-pagefind-ignore={searchIgnore ? '' : undefined} dangerouslySetInnerHTML={{ __html: html }} />;
}
