import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { GOLDEN_DIR } from './fixtures';

/**
 * Compares generated output with a golden file in tests/golden/. Run
 * `npm run golden:update` (UPDATE_GOLDEN=1) after an intended change, and
 * review the diff of the golden files before committing.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `golden file tests/golden/${name} is missing; run npm run golden:update`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
