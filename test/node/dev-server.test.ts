// `npm start` serves the whole repository, so web-dev-server.config.mjs must keep it to this machine and never serve a
// hidden path such as `.git/`. Starts the real server from the config on a free port in 8550-8559.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { startDevServer, type DevServerConfig } from '@web/dev-server';

interface FakeContext {
  req: { socket: { remoteAddress: string | undefined } };
  path: string;
  status: number;
  body?: unknown;
}
interface ConfigModule {
  default: DevServerConfig;
  localOnlyMiddleware?: (ctx: FakeContext, next: () => Promise<void>) => Promise<void>;
}

// A variable specifier keeps TypeScript from asking for declarations of the .mjs config.
const configUrl = new URL('../../web-dev-server.config.mjs', import.meta.url).href;
const configModule = (await import(configUrl)) as ConfigModule;

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '0.0.0.0' }, () => probe.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let port = 8550; port <= 8559; port++) if (await isPortFree(port)) return port;
  throw new Error('no free port in 8550-8559');
}

/** An address of this machine that another machine could reach, if it has one. */
function nonLoopbackAddress(): string | undefined {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  const usable = addresses.filter((entry) => !entry.internal && !entry.address.startsWith('fe80:'));
  const chosen = usable.find((entry) => entry.family === 'IPv4') ?? usable[0];
  if (!chosen) return undefined;
  return chosen.family === 'IPv6' ? `[${chosen.address}]` : chosen.address;
}

/** The status, or the network error's code when the server would not even take the connection. */
async function statusOf(url: string): Promise<number | string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return cause?.code ?? String(error);
  }
}

describe('npm start (web-dev-server.config.mjs)', () => {
  let server: Awaited<ReturnType<typeof startDevServer>> | undefined;
  let port = 0;

  before(async () => {
    port = await freePort();
    server = await startDevServer({
      // chokidar can set up a watch on a just-served file after stop() closed the watcher, and that keeps the test
      // process alive; watching served files is for reloads, which the config turns off anyway.
      config: { ...configModule.default, port, disableFileWatcher: true },
      readCliArgs: false,
      readFileConfig: false,
      autoExitProcess: false,
      logStartMessage: false,
    });
  });

  after(async () => {
    await server?.stop();
  });

  it('serves the demo and the package files', async () => {
    assert.equal(await statusOf(`http://127.0.0.1:${port}/package.json`), 200);
    assert.equal(await statusOf(`http://localhost:${port}/demo/index.html`), 200);
  });

  it('answers 404 for any path through a hidden file or folder, however it is spelled', async () => {
    for (const path of ['/.git/config', '/.git/HEAD', '/%2egit/config', '/%2Egit/HEAD', '/.ci/run', '/demo/.hidden']) {
      assert.equal(await statusOf(`http://127.0.0.1:${port}${path}`), 404, path);
    }
  });

  it('does not answer a client on another machine', async (t) => {
    const address = nonLoopbackAddress();
    if (!address) {
      t.skip('this machine has no non-loopback address; the middleware test below covers it');
      return;
    }
    const status = await statusOf(`http://${address}:${port}/package.json`);
    // Either nothing listens there, or the server refuses: never the file.
    assert.ok(status === 'ECONNREFUSED' || status === 403, `http://${address}:${port}/ answered ${status}`);
  });
});

describe('localOnlyMiddleware', () => {
  async function run(remoteAddress: string | undefined, path = '/package.json') {
    const ctx: FakeContext = { req: { socket: { remoteAddress } }, path, status: 404 };
    let passedOn = false;
    assert.equal(typeof configModule.localOnlyMiddleware, 'function', 'the config exports localOnlyMiddleware');
    await configModule.localOnlyMiddleware!(ctx, async () => {
      passedOn = true;
    });
    return { status: ctx.status, passedOn };
  }

  it('passes on requests from this machine', async () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) {
      assert.equal((await run(address)).passedOn, true, address);
    }
  });

  it('answers 403 to any other client', async () => {
    for (const address of ['192.0.2.2', '10.0.0.1', 'fd00::2', '::ffff:192.0.2.2', '::', '0.0.0.0', undefined]) {
      assert.deepEqual(await run(address), { status: 403, passedOn: false }, String(address));
    }
  });

  it('answers 404 to a hidden path', async () => {
    assert.deepEqual(await run('127.0.0.1', '/.git/config'), { status: 404, passedOn: false });
    assert.deepEqual(await run('127.0.0.1', '/%2egit/config'), { status: 404, passedOn: false });
  });
});
