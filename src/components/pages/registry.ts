import type React from 'react';
import type { PageKind } from '@site/src/core/site/index';
import type { PageProps } from '../props';
import ChangesPage from './ChangesPage';
import CityPage from './CityPage';
import CodebookPage from './CodebookPage';
import ComparePage from './ComparePage';
import DataPage from './DataPage';
import FiguresPage from './FiguresPage';
import GlancePage from './GlancePage';
import GlossaryPage from './GlossaryPage';
import HomePage from './HomePage';
import IndexPage from './IndexPage';
import MatrixPage from './MatrixPage';
import SearchPage from './SearchPage';
import SourcePage from './SourcePage';
import SourcesPage from './SourcesPage';
import ThemePage from './ThemePage';
import TimelinePage from './TimelinePage';

/**
 * The component of each page kind, typed by the page registry: a kind without a
 * component, or a component whose props are not its kind's view model, does not
 * compile. The plugin names the same modules by file (COMPONENT_FILE, as route
 * modules must be paths); the render tests check that both agree.
 */
export const PAGE_COMPONENTS: { [K in PageKind]: React.ComponentType<PageProps<K>> } = {
  home: HomePage,
  matrix: MatrixPage,
  glance: GlancePage,
  matrixYear: GlancePage,
  compare: ComparePage,
  changes: ChangesPage,
  themes: IndexPage,
  cities: IndexPage,
  theme: ThemePage,
  city: CityPage,
  figures: FiguresPage,
  sources: SourcesPage,
  source: SourcePage,
  glossary: GlossaryPage,
  timeline: TimelinePage,
  codebook: CodebookPage,
  data: DataPage,
  search: SearchPage,
};
