import React, { useEffect, useRef } from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof SearchBarType>;

/**
 * The search plugin hard-codes aria-label="Search" on its input. This wrapper
 * gives the input the translated label it already shows as placeholder
 * («Søk» in bokmål), so screen readers announce it in the page's language.
 */
export default function SearchBarWrapper(props: Props): React.ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const input = ref.current?.querySelector('input');
    if (input?.placeholder) input.setAttribute('aria-label', input.placeholder);
  });
  return (
    <div ref={ref} className="search-bar-wrapper">
      <SearchBar {...props} />
    </div>
  );
}
