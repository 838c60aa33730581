/**
 * Builds the Pagefind search index of one language after the build, from the
 * HTML the build wrote (Pagefind's Node API; its binary ships in the npm
 * package, so no network is needed). Each language gets its own index beside
 * its pages, with its own stemming: Norwegian for bokmål, English for English.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export interface SearchIndexResult {
  pages: number;
  files: number;
  errors: string[];
}

const run = promisify(execFile);

/** Indexes <outDir> (without the folders in skipDirs: other languages, embeds) into <outDir>/pagefind, in a process of its own (see pagefind-runner.mjs). */
export async function buildSearchIndex(outDir: string, language: string, skipDirs: readonly string[]): Promise<SearchIndexResult> {
  const script = path.join(__dirname, 'pagefind-runner.mjs');
  const { stdout } = await run(process.execPath, [script, outDir, language, ...skipDirs], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as SearchIndexResult;
}
