/** A problem in a data file, located to a line and column (both 1-based). */
export interface DataError {
  file: string;
  line: number;
  col: number;
  message: string;
}

export function formatError(e: DataError): string {
  return `${e.file}:${e.line}:${e.col} ${e.message}`;
}

export function compareErrors(a: DataError, b: DataError): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.col !== b.col) return a.col - b.col;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Sorts errors by file, line, column and message, dropping exact duplicates. */
export function sortErrors(errors: readonly DataError[]): DataError[] {
  const seen = new Set<string>();
  const out: DataError[] = [];
  for (const e of [...errors].sort(compareErrors)) {
    const key = formatError(e);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(e);
    }
  }
  return out;
}

/** The report printed by the validator and the build: one line per error, then a count. */
export function formatReport(errors: readonly DataError[]): string {
  const sorted = sortErrors(errors);
  const files = new Set(sorted.map((e) => e.file)).size;
  const lines = sorted.map(formatError);
  lines.push(`${sorted.length} ${sorted.length === 1 ? 'error' : 'errors'} in ${files} ${files === 1 ? 'file' : 'files'}`);
  return lines.join('\n');
}

/** Thrown by the site plugin when the data does not validate; the message is the full report. */
export class DataValidationError extends Error {
  readonly errors: DataError[];
  constructor(errors: readonly DataError[]) {
    super(`The data in data/ is not valid:\n${formatReport(errors)}`);
    this.name = 'DataValidationError';
    this.errors = sortErrors(errors);
  }
}
