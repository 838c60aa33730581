import type { PageKind, PageVM } from '@site/src/core/site/index';

/** The props of a page kind's component: its view model, as the page registry builds it. */
export interface PageProps<K extends PageKind> {
  data: PageVM<K>;
}
