import React from 'react';

/** Render-test stand-in for @docusaurus/Head: the head tags stay in a marked element, so a test can read them. */
export default function Head({ children }: { children?: React.ReactNode }) {
  return <template data-head="">{children}</template>;
}
