import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves a Docusaurus build folder on loopback the way a static host does
 * (trailingSlash: false → /tema/brukerrom is tema/brukerrom.html), optionally
 * gzip-compressed. Used by the browser tests and the benchmark.
 */
export function serveStatic(
  root: string,
  /** basePath: the path the site is built for (BASE_URL), e.g. /rusplaner; requests outside it are not found */
  options: { port?: number; gzip?: boolean; basePath?: string } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const prefix = (options.basePath ?? '').replace(/\/+$/, '');
  const resolve = (pathname: string): string | undefined => {
    const clean = decodeURIComponent(pathname).replace(/\/+$/, '') || '/';
    const base = path.join(root, clean);
    if (!base.startsWith(root)) return undefined;
    const candidates = [base, `${base}.html`, path.join(base, 'index.html')];
    return candidates.find((c) => existsSync(c) && statSync(c).isFile());
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const inside = !prefix || url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
    const pathname = inside ? url.pathname.slice(prefix.length) || '/' : '';
    let file = inside ? resolve(pathname) : undefined;
    let status = 200;
    if (!file) {
      status = 404;
      file = path.join(root, pathname.startsWith('/en/') ? 'en/404.html' : '404.html');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type };
    if (/\/assets\//.test(file)) headers['cache-control'] = 'public, max-age=31536000, immutable';
    const gzip = options.gzip && /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|xml|svg/.test(type);
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(status, headers);
    const stream = createReadStream(file);
    (gzip ? stream.pipe(zlib.createGzip({ level: 9 })) : stream).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ok({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
