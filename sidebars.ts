import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

/** The hand-written pages under docs/ (served under /om). */
const sidebars: SidebarsConfig = {
  om: ['index', 'metode', { type: 'link', label: 'Kodebok', href: '/om/kodebok' }, 'api', 'bidra'],
};

export default sidebars;
