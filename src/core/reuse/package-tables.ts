import { figuresCsv, historyCsv, matrixCsv, sourcesCsv } from '../export';
import { downloads } from '../paths';
import type { Dataset } from '../types.generated';
import { GOVERNANCE_MODEL, SOURCE_KIND, STATUS_ORDER, UNIT } from '../vocabulary';
import { citiesCsv, sourceUseCsv, themesCsv } from './csv';
import { packagePaths } from './routes';

/**
 * The tables of the data package: each CSV with its Table Schema (fields,
 * types, descriptions, primary key, foreign keys). A foreign key is declared
 * only where a column holds one id per row; each table refers to its parent
 * (history → matrix → cities and themes; evidence → history and sources).
 */

export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  constraints?: { required?: boolean; pattern?: string; enum?: readonly string[]; minimum?: number };
}
export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}
export interface PackageTable {
  name: string;
  path: string;
  title: string;
  description: string;
  content: (ds: Dataset) => string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
}

const ID = '^[a-z0-9]+(-[a-z0-9]+)*$';
const PARTIAL_DATE = '^(unknown|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)$';

const id = (name: string, description: string, required = true): Field => ({ name, type: 'string', description, constraints: { required, pattern: ID } });
const text = (name: string, description: string, required = false): Field => ({
  name,
  type: 'string',
  description,
  ...(required ? { constraints: { required } } : {}),
});
const partialDate = (name: string, description: string, required = true): Field => ({
  name,
  type: 'string',
  description: `${description}; as precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD) or "unknown"`,
  constraints: { required, pattern: PARTIAL_DATE },
});
const oneOf = (name: string, description: string, values: readonly string[]): Field => ({
  name,
  type: 'string',
  description,
  constraints: { required: true, enum: values },
});
const count = (name: string, description: string): Field => ({ name, type: 'integer', description, constraints: { required: true, minimum: 1 } });
const day = (name: string, description: string): Field => ({ name, type: 'date', description, constraints: { required: true } });
const DATA_DATE = day('data_date', 'the day the data was last revised (the same in every row)');
const DATE_BASIS = ['stated', 'inferred', 'unknown'];
const fk = (fields: string[], resource: string, refFields: string[]): ForeignKey => ({ fields, reference: { resource, fields: refFields } });

export function packageTables(ds: Dataset): PackageTable[] {
  const statuses = STATUS_ORDER;
  const bases = Object.keys(ds.codebook.bases);
  return [
    {
      name: 'byer',
      path: packagePaths.citiesCsv,
      title: 'Cities',
      description: 'One row per city, in table order.',
      content: citiesCsv,
      fields: [
        id('city_id', 'the city id'),
        count('order', "the city's place in tables"),
        text('name_nb', 'the name in Norwegian bokmål', true),
        text('name_en', 'the name in English', true),
        {
          name: 'municipality_number',
          type: 'string',
          description: 'the four-digit kommunenummer, or "unknown"',
          constraints: { required: true, pattern: '^(unknown|[0-9]{4})$' },
        },
        oneOf('governance_model', 'byrad (parliamentary city government), formannskap (alderman model) or unknown', Object.keys(GOVERNANCE_MODEL)),
        text('intro_nb', "two or three sentences on the city's policy (bokmål, plain text)"),
        text('intro_en', "two or three sentences on the city's policy (English, plain text)"),
        DATA_DATE,
      ],
      primaryKey: ['city_id'],
    },
    {
      name: 'tema',
      path: packagePaths.themesCsv,
      title: 'Themes',
      description: 'One row per theme, in matrix order.',
      content: themesCsv,
      fields: [
        id('theme_id', 'the theme id'),
        count('order', "the theme's place in the matrix"),
        text('name_nb', 'the name in Norwegian bokmål', true),
        text('name_en', 'the name in English', true),
        text('short_name_nb', 'a short column heading (bokmål)', true),
        text('short_name_en', 'a short column heading (English)', true),
        text('definition_nb', 'what the theme covers (bokmål, plain text)'),
        text('definition_en', 'what the theme covers (English, plain text)'),
        text('terms', 'ids of glossary terms, separated by spaces'),
        DATA_DATE,
      ],
      primaryKey: ['theme_id'],
    },
    {
      name: 'matrise',
      path: downloads.matrixCsv,
      title: 'City × theme matrix',
      description: 'One row per city × theme cell: the current status (the newest entry of the cell) and the date it holds from.',
      content: matrixCsv,
      fields: [
        id('city_id', 'the city id (byer.csv)'),
        text('city', 'the city name (bokmål)', true),
        id('theme_id', 'the theme id (tema.csv)'),
        text('theme_nb', 'the theme name (bokmål)', true),
        text('theme_en', 'the theme name (English)', true),
        oneOf('status', 'the current status (see the codebook)', statuses),
        text('status_nb', 'the status label (bokmål)', true),
        text('status_en', 'the status label (English)', true),
        partialDate('from', 'when the current status took effect'),
        day('checked', 'the day the cell was last checked against the sources'),
        text('summary_nb', 'one or two sentences (bokmål, plain text)', true),
        text('summary_en', 'one or two sentences (English, plain text)', true),
        text(
          'sources',
          'the evidence of the current status as "source-id (locator)" items separated by "; " (a locator may itself hold "; "); one row per item is in kilde-bruk.csv',
        ),
        DATA_DATE,
      ],
      primaryKey: ['city_id', 'theme_id'],
      foreignKeys: [fk(['city_id'], 'byer', ['city_id']), fk(['theme_id'], 'tema', ['theme_id'])],
    },
    {
      name: 'matrise-historikk',
      path: downloads.historyCsv,
      title: "The cells' history",
      description: 'One row per entry of a cell, oldest first; each status holds from its date until "to" (empty for the current entry).',
      content: historyCsv,
      fields: [
        id('city', 'the city id (byer.csv)'),
        id('theme', 'the theme id (tema.csv)'),
        count('entry', "the entry's number in the cell's history, 1 for the oldest"),
        oneOf('status', 'the status (see the codebook)', statuses),
        partialDate('from', 'when the status took effect'),
        partialDate('to', 'when it stopped holding; empty for the current entry', false),
        oneOf('date_basis', 'how the date is known: stated, inferred or unknown', DATE_BASIS),
        text('basis', `whose word the evidence is, the distinct bases separated by ";" (of: ${bases.join(', ')}); empty where the entry has no evidence`),
        text('who_nb', 'whose word it is where one person, party or organisation speaks, separated by "; " (bokmål)'),
        text('who_en', 'the same in English'),
        text('sources', 'the distinct source ids of the evidence separated by ";"; one row per evidence item is in kilde-bruk.csv'),
        text('summary_nb', 'one or two sentences (bokmål, plain text)', true),
        text('summary_en', 'one or two sentences (English, plain text)', true),
        day('checked', 'the day the cell was last checked against the sources'),
        DATA_DATE,
      ],
      primaryKey: ['city', 'theme', 'entry'],
      // the cell's city and theme are checked through the matrix row (one key per column: overlapping keys are not portable)
      foreignKeys: [fk(['city', 'theme'], 'matrise', ['city_id', 'theme_id'])],
    },
    {
      name: 'kilde-bruk',
      path: packagePaths.sourceUseCsv,
      title: 'Evidence of the cells, one row per item',
      description: 'One row per evidence item of a cell entry: which source, where in it and whose word it is.',
      content: sourceUseCsv,
      fields: [
        id('city', 'the city id (byer.csv)'),
        id('theme', 'the theme id (tema.csv)'),
        count('entry', 'the entry number (matrise-historikk.csv)'),
        count('item', "the evidence item's number within the entry"),
        id('source', 'the source id (kilder.csv)'),
        text('locator', 'where in the source: a heading, paragraph (¶) or list item (•); "*" for the whole text', true),
        oneOf('basis', 'whose word the evidence is (see the codebook)', bases),
        text('who_nb', 'whose word it is, where one person, party or organisation speaks (bokmål)'),
        text('who_en', 'the same in English'),
        DATA_DATE,
      ],
      primaryKey: ['city', 'theme', 'entry', 'item'],
      foreignKeys: [fk(['city', 'theme', 'entry'], 'matrise-historikk', ['city', 'theme', 'entry']), fk(['source'], 'kilder', ['source_id'])],
    },
    {
      name: 'tall',
      path: downloads.figuresCsv,
      title: 'Figures',
      description: 'Every number from the sources, for the cities and the country.',
      content: figuresCsv,
      fields: [
        id('figure_id', 'the figure id'),
        oneOf('scope', 'city, county (the county the city lies in) or national', ['city', 'county', 'national']),
        id('city_id', 'the city id (byer.csv); empty for national figures', false),
        text('label_nb', 'what is counted (bokmål)', true),
        text('label_en', 'what is counted (English)', true),
        { name: 'value', type: 'number', description: 'the number, without unit', constraints: { required: true } },
        { name: 'approximate', type: 'boolean', description: 'true where the source says «about» or similar', constraints: { required: true } },
        oneOf('unit', 'the unit of value', Object.keys(UNIT)),
        partialDate('period_from', 'the start of the period the number is for'),
        partialDate('period_to', 'the end of the period'),
        partialDate('as_of', 'the day the number was counted, where the source gives it', false),
        id('series', 'figures with the same series id form a series', false),
        text('themes', 'ids of the themes (tema.csv) the number bears on, separated by spaces'),
        text('derivation_nb', 'how the number was worked out, where the source does not state it (bokmål)'),
        text('derivation_en', 'the same in English'),
        text('sources', 'the sources as "source-id (locator)" items separated by "; "', true),
        DATA_DATE,
      ],
      primaryKey: ['figure_id'],
      foreignKeys: [fk(['city_id'], 'byer', ['city_id'])],
    },
    {
      name: 'kilder',
      path: downloads.sourcesCsv,
      title: 'Sources',
      description: 'Every source the data cites.',
      content: sourcesCsv,
      fields: [
        id('source_id', 'the source id'),
        text('title', 'the title as the source shows it, or a description where titleBasis is descriptive', true),
        oneOf('title_basis', 'official or descriptive', ['official', 'descriptive']),
        oneOf('kind', 'what kind of text it is', Object.keys(SOURCE_KIND)),
        text('publisher', 'who published it; "unknown" if not named', true),
        partialDate('date', 'when it was published'),
        oneOf('date_basis', 'how the date is known: stated, inferred or unknown', DATE_BASIS),
        {
          name: 'url',
          type: 'string',
          description: 'the address as read, or "unknown"',
          constraints: { required: true, pattern: '^(unknown|https?://\\S+)$' },
        },
        text('file', 'the file name of the kept copy of the text, where there is one'),
        text('description_nb', 'what the source covers (bokmål, plain text)', true),
        text('description_en', 'what the source covers (English, plain text)', true),
      ],
      primaryKey: ['source_id'],
    },
  ];
}
