import React from 'react';

/** Render-test stand-in for @docusaurus/Link: a plain link to the same address. */
export default function Link({ to, href, children, ...rest }: React.AnchorHTMLAttributes<HTMLAnchorElement> & { to?: string }) {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
