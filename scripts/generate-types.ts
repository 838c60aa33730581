/**
 * Generates src/core/types.generated.ts from the JSON Schemas in data/schemas/,
 * so the TypeScript types can never drift from the one source of truth.
 * `npm run types` writes the file; `npm test` fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { generateTypes, TYPES_FILE } from './lib/types';

generateTypes().then(
  (text) => {
    writeFileSync(TYPES_FILE, text);
    console.log(`wrote ${TYPES_FILE}`);
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
