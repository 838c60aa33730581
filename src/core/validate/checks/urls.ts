import type { Check } from '../context';

/** A source address is a well-formed https URL with a real host name (http only where marked insecureUrl), or "unknown". */
export function urlProblem(url: string, insecureAllowed = false): string | undefined {
  if (url === 'unknown') return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `"${url}" is not a well-formed address`;
  }
  if (u.protocol === 'http:' && !insecureAllowed) return `"${url}" must use https://, or be marked insecureUrl: true where http:// is the only address known`;
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return `"${url}" must use https://`;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(u.hostname)) return `"${url}" has no valid host name`;
  return undefined;
}

export const urlsCheck: Check = {
  name: 'urls',
  description: 'source addresses are well-formed https URLs (http only where marked insecureUrl)',
  run(ctx) {
    for (const rec of ctx.sources) {
      const problem = urlProblem(rec.data.url, rec.data.insecureUrl === true);
      if (problem) ctx.report(rec, ['url'], `${problem}; copy the address exactly as read, or write "unknown"`);
    }
  },
};
