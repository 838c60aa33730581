import type { ErrorObject } from 'ajv';
import { didYouMean } from './suggest';
import type { Target } from './yaml-file';

export interface SchemaProblem {
  /** JSON pointer of the value the problem is about */
  pointer: string;
  target: Target;
  message: string;
}

function describe(schema: unknown): string {
  if (schema && typeof schema === 'object' && 'description' in schema) {
    return String(schema.description);
  }
  return '';
}

function typeName(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `text ("${value.length > 40 ? value.slice(0, 40) + '…' : value}")`;
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `a yes/no value (${value})`;
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value lines)',
  array: 'a list (lines starting with "- ")',
};

/** The field a pointer ends in, quoted: "status", or item 2 of "plans" for a list entry. */
function keyOf(pointer: string): string {
  const segs = pointer.split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = segs[segs.length - 1] ?? '';
  if (/^\d+$/.test(last) && segs.length > 1) return `item ${Number(last) + 1} of "${segs[segs.length - 2]}"`;
  return `"${last}"`;
}

/** Where a missing key belongs, for "missing key … in …" phrasing. */
function where(pointer: string): string {
  return pointer === '' ? 'at the top of the file' : `in ${keyOf(pointer)}`;
}

/**
 * Turns ajv's errors into messages written for a contributor: what is wrong,
 * where, and what to write instead. Errors that only echo another one
 * (`if`, `propertyNames` wrappers) are dropped.
 */
export function explainSchemaErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const e of errors) {
    const pointer = e.instancePath;
    const data = e.data;
    const parent = e.parentSchema;
    const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
    if (propertyName !== undefined) {
      out.push({
        pointer,
        target: { kind: 'key', name: propertyName },
        message: `key "${propertyName}" is not a valid id: use ${describe(parent) || 'lower-case letters, digits and hyphens'}`,
      });
      continue;
    }
    switch (e.keyword) {
      case 'if':
      case 'propertyNames':
        break;
      case 'required': {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        const props = (parent?.properties ?? {}) as Record<string, unknown>;
        const hint = describe(props[missing]);
        out.push({
          pointer,
          target: { kind: 'parent' },
          message: `missing key "${missing}" ${where(pointer)}: add it${hint ? ` (${hint})` : ''}`,
        });
        break;
      }
      case 'additionalProperties': {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        const allowed = Object.keys((parent?.properties ?? {}) as object);
        out.push({
          pointer,
          target: { kind: 'key', name: extra },
          message: `unknown key "${extra}".${didYouMean(extra, allowed)} Allowed keys here: ${allowed.join(', ')}`,
        });
        break;
      }
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
        out.push({
          pointer,
          target: { kind: 'value' },
          message: `"${String(data)}" is not allowed for ${keyOf(pointer)}.${didYouMean(String(data), allowed)} Use one of: ${allowed.join(', ')}`,
        });
        break;
      }
      case 'type': {
        const expected = String((e.params as { type: string }).type);
        const wanted = expected
          .split(',')
          .map((t) => EXPECTED[t] ?? t)
          .join(' or ');
        let hint = '';
        if (expected === 'string' && (typeof data === 'number' || typeof data === 'boolean')) {
          hint = `; put the value in quotes, e.g. "${String(data)}"`;
        } else if (data === null) {
          hint = '; fill it in or remove the key';
        } else if (expected === 'object' && typeof data === 'string' && describe(parent).includes('(nb)')) {
          hint = '; write it as two lines, "nb: …" and "en: …", indented under the key';
        }
        out.push({
          pointer,
          target: { kind: 'value' },
          message: `${pointer === '' ? 'the file' : keyOf(pointer)} must be ${wanted}, but it is ${typeName(data)}${hint}`,
        });
        break;
      }
      case 'pattern':
      case 'format': {
        const d = describe(parent);
        out.push({
          pointer,
          target: { kind: 'value' },
          message: `"${String(data)}" is not a valid value for ${keyOf(pointer)}${d ? `: expected ${d}` : ''}`,
        });
        break;
      }
      case 'minLength':
        out.push({ pointer, target: { kind: 'value' }, message: `${keyOf(pointer)} must not be empty` });
        break;
      case 'minItems': {
        const n = (e.params as { limit: number }).limit;
        const d = describe(parent);
        out.push({
          pointer,
          target: { kind: 'value' },
          message: `${keyOf(pointer)} needs at least ${n} ${n === 1 ? 'item' : 'items'}${d ? ` (${d})` : ''}`,
        });
        break;
      }
      case 'uniqueItems': {
        const { i, j } = e.params as { i: number; j: number };
        out.push({
          pointer: `${pointer}/${i}`,
          target: { kind: 'value' },
          message: `${keyOf(pointer)} lists the same value twice (items ${j + 1} and ${i + 1}); remove one`,
        });
        break;
      }
      case 'minimum':
      case 'maximum':
        out.push({
          pointer,
          target: { kind: 'value' },
          message: `${keyOf(pointer)} ${e.message ?? 'is out of range'}`,
        });
        break;
      default:
        out.push({ pointer, target: { kind: 'value' }, message: `${keyOf(pointer)} ${e.message ?? 'is not valid'}` });
    }
  }
  return out;
}
