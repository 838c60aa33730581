import React, { useEffect, useState } from 'react';
import { useLocation } from '@docusaurus/router';

type Attrs = Omit<React.HTMLAttributes<HTMLElement>, 'children' | 'dangerouslySetInnerHTML' | 'id'>;

interface IslandProps extends Attrs {
  /** the element's id; unique on the page */
  id: string;
  as?: 'div' | 'main' | 'section';
  /** what the server renders; never called in the browser of a production build */
  render: () => React.ReactNode;
}

const isServer = typeof window === 'undefined';
/** the dev server renders in the browser only (no server HTML), with the full page data */
const isDev = process.env.NODE_ENV !== 'production';

/**
 * Static HTML that the browser does not hydrate. The server renders it from the
 * page's view model; in the browser the element keeps the server's HTML as it
 * is, so React spends no time on it and the page data the browser loads need
 * not carry it (see the plugin's client data). A page reached by client-side
 * navigation has no server HTML for its island, so the browser loads that page
 * in full. Interactive parts of a page stay outside islands.
 */
export function Island({ id, as = 'div', render, ...attrs }: IslandProps) {
  const path = useLocation().pathname;
  const Tag = as;
  if (isServer || isDev) {
    return (
      <Tag id={id} data-island={path} {...attrs}>
        {render()}
      </Tag>
    );
  }
  return <BrowserIsland id={id} as={as} path={path} attrs={attrs} />;
}

/** The server's HTML of an island on the page that was loaded, or null (client-side navigation to another page). */
function serverHtml(id: string, path: string): string | null {
  const el = document.getElementById(id);
  return el && el.getAttribute('data-island') === path ? el.innerHTML : null;
}

function BrowserIsland({ id, as: Tag, path, attrs }: { id: string; as: 'div' | 'main' | 'section'; path: string; attrs: Attrs }) {
  // read once, when the island mounts: during hydration, the HTML the server sent
  const [html] = useState(() => serverHtml(id, path));
  useEffect(() => {
    // reached by client-side navigation: the page's HTML is on the server, so load it
    if (html === null) window.location.reload();
  }, [html]);
  // React does not compare inner HTML while hydrating, and the string stays the same afterwards: the DOM is left alone
  return <Tag id={id} data-island={path} {...attrs} dangerouslySetInnerHTML={{ __html: html ?? '' }} suppressHydrationWarning />;
}
