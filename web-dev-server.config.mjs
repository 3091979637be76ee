// `npm start`: serves the demo and the package's sources to this machine only, with TypeScript compiled on the fly.
// The root is the whole repository, so the server must neither be reachable from the network nor serve `.git/`.
import { esbuildPlugin } from '@web/dev-server-esbuild';

const LOOPBACK_HOST = '127.0.0.1';

/** True for a socket address on this machine: 127.0.0.0/8, ::1, or 127.x mapped into IPv6. */
export function isLoopbackAddress(address) {
  if (typeof address !== 'string') return false;
  const ipv4 = address.replace(/^::ffff:/i, '');
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ipv4);
}

/** True when any segment of the decoded path is hidden (`.git`, `.ci`, `..`), however it was percent-encoded. */
export function isHiddenPath(decodedPath) {
  return decodedPath.split(/[/\\]/).some((segment) => segment.startsWith('.'));
}

/**
 * Koa middleware, first in line: 403 for a client on another machine, 404 for a hidden path.
 * It backs up `loopbackOnlyPlugin`, which cannot close the moment between the first listen and the rebind.
 */
export async function localOnlyMiddleware(ctx, next) {
  if (!isLoopbackAddress(ctx.req.socket.remoteAddress)) {
    ctx.status = 403;
    ctx.body = 'This dev server answers only this machine.';
    return;
  }
  let decodedPath;
  try {
    decodedPath = decodeURIComponent(ctx.path);
  } catch {
    ctx.status = 400;
    return;
  }
  if (isHiddenPath(decodedPath)) {
    ctx.status = 404;
    return;
  }
  await next();
}

/**
 * Rebinds the server to loopback once it has started. @web/dev-server-core listens on every interface when the
 * hostname is 'localhost' or '127.0.0.1' (DevServer.start turns both into `host: undefined`), and no option or hook
 * reaches the server before that first listen.
 */
export function loopbackOnlyPlugin() {
  return {
    name: 'loopback-only',
    async serverStart({ server }) {
      const address = server?.address();
      if (!server || !address || typeof address === 'string' || address.address === LOOPBACK_HOST) return;
      await new Promise((resolve) => server.close(() => resolve()));
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port: address.port, host: LOOPBACK_HOST }, () => {
          server.off('error', reject);
          resolve();
        });
      });
    },
  };
}

export default {
  rootDir: '.',
  hostname: 'localhost',
  port: Number(process.env.PORT ?? 8000),
  open: false,
  watch: false,
  nodeResolve: { exportConditions: ['development'] },
  appIndex: 'demo/index.html',
  middleware: [localOnlyMiddleware],
  plugins: [loopbackOnlyPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
};
