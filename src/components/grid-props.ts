import type { ColumnVM, Labels, LegendItemVM } from '@site/src/core/site/index';
import type { UiKey } from '@site/src/core/i18n';

/** The props of the city × theme tables (the full matrix and the compact one): cities as columns, themes as rows. */
export interface GridProps<Row, K extends readonly UiKey[]> {
  /** the cities shown, in order; every row has one cell per column */
  columns: ColumnVM[];
  rows: Row[];
  caption: string;
  labels: Labels<K>;
  /** the statuses' labels and shapes */
  legend: LegendItemVM[];
}
