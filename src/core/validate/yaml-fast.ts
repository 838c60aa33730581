import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

/**
 * The fast path for reading a data file: js-yaml, about ten times quicker than
 * the `yaml` package, which builds a document with source positions for error
 * messages. A file is read fast only when the fast parser can vouch that the
 * strict parser (yaml-file.ts) would give the same data and no error; otherwise
 * (a syntax error, a duplicate key, a second document, anything that may be an
 * anchor, alias or tag, a top level that is not a mapping) the caller takes the
 * strict path, which explains the problem with a line and column.
 *
 * The scalars resolve as in YAML 1.2's core schema, which the strict parser
 * uses, not as js-yaml's own core schema (which reads `1_000` and `0b1` as
 * numbers): `No` and `2018-11-21` stay text. A unit test compares both parsers
 * on every data file and on a list of awkward scalars.
 */

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL',
  construct: () => null,
});

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => /^(true|True|TRUE|false|False|FALSE)$/.test(s),
  construct: (s: string) => s === 'true' || s === 'True' || s === 'TRUE',
});

const INT = /^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => INT.test(s),
  construct: (s: string) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
});

const FLOAT = /^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$/;
const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) => FLOAT.test(s),
  construct: (s: string) => {
    const lower = s.toLowerCase();
    if (lower.endsWith('.nan')) return NaN;
    if (lower.endsWith('.inf')) return s.startsWith('-') ? -Infinity : Infinity;
    return parseFloat(s);
  },
});

/** YAML 1.2 core schema: the failsafe types plus null, bool, int and float as the 1.2 spec resolves them. */
const CORE_1_2 = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/**
 * Where a node may begin with an anchor (&), alias (*) or tag (!): at a line's
 * start, after a list dash, after a key's colon, or inside flow brackets. A plain
 * value cannot begin with these characters, so text that matches may hold one;
 * the strict parser decides. (Markdown emphasis inside a value does not match;
 * one at the start of a continuation line does, and costs only the fast path.)
 */
const MAYBE_NODE_PROPERTY = /(?:^[ \t]*(?:-[ \t]+)*|:[ \t]+|[[{,][ \t]*)[&*!]/m;

/** The data of a file's text, or undefined when the strict parser must read it. */
export function parseYamlFast(text: string): Record<string, unknown> | undefined {
  if (MAYBE_NODE_PROPERTY.test(text)) return undefined;
  let data: unknown;
  try {
    // js-yaml rejects duplicate keys, tabs in indentation and a second document itself
    data = load(text, { schema: CORE_1_2 });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return data as Record<string, unknown>;
}
