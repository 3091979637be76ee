// A tiny static file server on 127.0.0.1 for the browser suites. It serves only the folders it is given, with the
// MIME types browsers insist on for modules, and headers that make the page cross-origin isolated so that
// performance.now() has its fine resolution (5 µs instead of 100 µs in Chromium).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const MIME = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Starts a server. `mounts` maps a URL prefix (`/dist/`) to a folder on disk.
 *
 * @param {Record<string, string>} mounts
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic(mounts) {
  const server = createServer(async (request, response) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cross-origin-resource-policy': 'same-origin',
      });
      response.end(body);
    };
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const prefix = Object.keys(mounts).find((mount) => path.startsWith(mount));
      if (!prefix || (request.method !== 'GET' && request.method !== 'HEAD')) return send(404, 'Not found');
      const folder = mounts[prefix];
      const file = normalize(join(folder, path.slice(prefix.length)));
      // Nothing outside the mounted folder, whatever `..` the URL holds.
      if (file !== folder && !file.startsWith(folder.endsWith(sep) ? folder : folder + sep)) return send(403, 'No');
      if (!(await stat(file).catch(() => undefined))?.isFile()) return send(404, 'Not found');
      return send(200, await readFile(file), MIME[extname(file)] ?? 'application/octet-stream');
    } catch (error) {
      return send(500, String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    // 127.0.0.1 is a secure context, so crypto.subtle, IndexedDB and Web Locks all work over plain http.
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
