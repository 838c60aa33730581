import React from 'react';

/** Render-test stand-in for @theme/Layout: the page without the theme's navbar and footer. */
export default function Layout({ children, title }: { children?: React.ReactNode; title?: string; description?: string }) {
  return (
    <div data-layout="" data-title={title}>
      {children}
    </div>
  );
}
