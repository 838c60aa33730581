import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { SEARCH_TEXT } from '@site/src/core/search-text';

type Props = WrapperProps<typeof ContentType>;

/** The hand-written pages under /om are searchable too, filtered as "about the site". */
export default function ContentWrapper(props: Props): React.ReactElement {
  const { i18n } = useDocusaurusContext();
  const kind = SEARCH_TEXT.kindAbout[i18n.currentLocale === 'en' ? 'en' : 'nb'];
  return (
    <div data-pagefind-body="">
      <span hidden data-pagefind-filter={`kind:${kind}`} />
      <Content {...props} />
    </div>
  );
}
