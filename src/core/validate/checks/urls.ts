import type { Check } from '../context';

/** A source address is a well-formed https URL with a real host name, or "unknown". */
export function urlProblem(url: string): string | undefined {
  if (url === 'unknown') return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `"${url}" is not a well-formed address`;
  }
  if (u.protocol !== 'https:') return `"${url}" must use https://`;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(u.hostname)) return `"${url}" has no valid host name`;
  return undefined;
}

export const urlsCheck: Check = {
  name: 'urls',
  description: 'source addresses are well-formed https URLs',
  run(ctx) {
    for (const rec of ctx.sources) {
      const problem = urlProblem(rec.data.url);
      if (problem) ctx.report(rec, ['url'], `${problem}; copy the address exactly as read, or write "unknown"`);
    }
  },
};
