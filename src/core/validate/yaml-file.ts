import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { DataError } from '../errors';
import { bytePosition, firstInvalidUtf8 } from './utf8';

/** Files larger than this are rejected before parsing. */
export const MAX_FILE_BYTES = 1_000_000;
/** Alias expansions allowed per file; an "alias bomb" exceeds it at once. */
export const MAX_ALIAS_COUNT = 50;

export type PathSegment = string | number;

/** A parsed data file that keeps its YAML document, so errors can be located. */
export interface ParsedYaml {
  file: string;
  data: unknown;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

const YAML_HINTS: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'the same key appears twice in one mapping; keep one of them',
  TAB_AS_INDENT: 'a tab is used for indentation; YAML indents with spaces only',
  BAD_INDENT: 'the indentation does not line up with the lines above it',
  MULTILINE_IMPLICIT_KEY: 'a key runs over several lines; is a colon or quote missing?',
  BLOCK_AS_IMPLICIT_KEY: 'a nested block cannot be used as a key; check the indentation and colons',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  BAD_DQ_ESCAPE: 'a backslash escape in double quotes is not valid; use single quotes or escape the backslash',
  UNEXPECTED_TOKEN: 'unexpected character; check quotes, colons and indentation',
  BAD_ALIAS: 'an alias (*name) refers to no anchor; the data files need no anchors or aliases',
  TAG_RESOLVE_FAILED: 'a tag (!!type) could not be applied; the data files use no tags',
  BAD_SCALAR_START: 'a value starts with a character that YAML reserves; put the value in quotes',
};

function yamlErrorMessage(e: YAMLError): string {
  const first = e.message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
  const hint = YAML_HINTS[e.code];
  return hint ? `YAML syntax error: ${first} — ${hint}` : `YAML syntax error: ${first}`;
}

/**
 * The text of a data file, or why it cannot be one: over the size limit, not
 * UTF-8, or empty. (A byte-order mark is dropped.)
 */
export function decodeDataFile(file: string, bytes: Uint8Array): { text: string; errors?: undefined } | { text?: undefined; errors: DataError[] } {
  const at = (line: number, col: number, message: string): DataError => ({ file, line, col, message });
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      errors: [at(1, 1, `file is ${bytes.length} bytes, over the limit of ${MAX_FILE_BYTES}; split it into smaller files`)],
    };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const p = bytePosition(bytes, bad);
    return {
      errors: [at(p.line, p.col, `not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')}); save the file as UTF-8`)],
    };
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return { errors: [at(1, 1, 'file is empty; a data file is a YAML mapping of keys to values')] };
  }
  return { text };
}

/**
 * Parses one data file safely: UTF-8 only, YAML 1.2 core schema (so `No` and
 * `2018-11-21` stay strings), one document, unique keys, a mapping at the top,
 * no tags and a bounded number of aliases. Every problem comes back as a located error.
 */
export function parseYamlFile(file: string, bytes: Uint8Array): { parsed?: ParsedYaml; errors: DataError[] } {
  const decoded = decodeDataFile(file, bytes);
  if (decoded.errors) return { errors: decoded.errors };
  return parseYamlText(file, decoded.text);
}

/** The strict parse of a file's text (see parseYamlFile), keeping the document for locating errors. */
export function parseYamlText(file: string, text: string): { parsed?: ParsedYaml; errors: DataError[] } {
  const at = (line: number, col: number, message: string): DataError => ({ file, line, col, message });
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    lineCounter,
  });
  const pos = (offset: number) => lineCounter.linePos(offset);
  if (!Array.isArray(docs) || docs.length === 0) {
    return { errors: [at(1, 1, 'file holds no YAML document; a data file is a mapping of keys to values')] };
  }
  const errors: DataError[] = [];
  if (docs.length > 1) {
    const p = pos(docs[1]!.range[0]);
    errors.push(at(p.line, p.col, 'a second YAML document starts here; a data file holds one document, remove the extra "---"'));
  }
  const doc = docs[0]!;
  for (const e of [...doc.errors, ...doc.warnings]) {
    const p = pos(e.pos[0]);
    errors.push(at(p.line, p.col, yamlErrorMessage(e)));
  }
  // a tag is written with "!"; only files that contain one need the walk
  if (text.includes('!'))
    visit(doc, {
      Node(_key, node) {
        if (node.tag && !isPair(node) && doc.errors.length === 0) {
          const src = isScalar(node) || isMap(node) || isSeq(node) ? node.range : undefined;
          const p = pos(src ? src[0] : 0);
          const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
          errors.push(at(p.line, p.col, `YAML tag "${tag}" is not allowed; write the value plainly`));
        }
      },
    });
  if (errors.length > 0) return { errors };

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return { errors: [at(1, 1, 'file holds no data; a data file is a YAML mapping of keys to values')] };
  }
  if (!isMap(contents)) {
    const p = pos(contents.range?.[0] ?? 0);
    const found = isSeq(contents) ? 'a list' : 'a single value';
    return {
      errors: [at(p.line, p.col, `the file must be a mapping of keys to values (key: value), but it is ${found}`)],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    let first = 0;
    visit(doc, {
      Alias(_k, node) {
        first = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const p = pos(first);
    const why = e instanceof Error ? e.message : String(e);
    return {
      errors: [at(p.line, p.col, `too many alias references (${why.split('\n')[0]}); the data files need no anchors (&) or aliases (*): write values out`)],
    };
  }
  return { parsed: { file, data, doc, lineCounter }, errors: [] };
}

/** Splits an ajv instancePath (JSON Pointer) into segments. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

interface Found {
  /** the deepest node reached */
  node: Node | null;
  /** the key node of the deepest map entry reached, if the last step was into a mapping */
  key: Node | null;
  /** how many segments of the path were resolved */
  depth: number;
}

function walk(doc: Document, path: readonly PathSegment[]): Found {
  let node: Node | null = doc.contents;
  let key: Node | null = null;
  let depth = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      key = pair.key as Node;
      node = (pair.value as Node | null) ?? null;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) break;
      key = null;
      node = item as Node;
    } else {
      break;
    }
    depth++;
  }
  return { node, key, depth };
}

/** Where to point for a given problem with the value at `path`. */
export type Target =
  /** the value itself (wrong type, bad pattern) */
  | { kind: 'value' }
  /** the key of the entry at path (a missing child key is reported at its parent's key) */
  | { kind: 'parent' }
  /** the key `name` inside the mapping at path (an unknown key) */
  | { kind: 'key'; name: string };

/** 1-based line and column of the node that a problem at `path` is about. */
export function locate(parsed: ParsedYaml, path: readonly PathSegment[], target: Target = { kind: 'value' }) {
  const { doc, lineCounter } = parsed;
  const found = walk(doc, path);
  let offset: number | undefined;
  if (target.kind === 'key' && found.depth === path.length && isMap(found.node)) {
    const pair = found.node.items.find((p) => isScalar(p.key) && String(p.key.value) === target.name);
    offset = (pair?.key as Node | undefined)?.range?.[0];
  } else if (target.kind === 'parent' || target.kind === 'key') {
    offset = found.key?.range?.[0] ?? found.node?.range?.[0];
  } else {
    const value = found.node;
    const empty = value === null || (isScalar(value) && value.value === null && value.range?.[0] === value.range?.[1]);
    offset = empty || found.depth < path.length ? (found.key?.range?.[0] ?? value?.range?.[0]) : value?.range?.[0];
  }
  if (offset === undefined) return { line: 1, col: 1 };
  return lineCounter.linePos(offset);
}
