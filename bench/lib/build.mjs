// Makes sure dist/ is built from the current sources before anything measures it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The outputs every suite reads: one from each of rollup's two builds.
const OUTPUTS = ['dist/core/index.js', 'dist/index.js', 'dist/define.js', 'dist/unticked.min.js'];
// Inputs besides src/ that change what the build emits.
const BUILD_INPUTS = ['rollup.config.mjs', 'tsconfig.build.json', 'package.json'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why dist/ needs a build, or undefined when it is newer than every source. */
export function buildReason(root) {
  const missing = OUTPUTS.find((file) => !existsSync(join(root, file)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((file) => statSync(join(root, file)).mtimeMs));
  const inputs = ['src', ...BUILD_INPUTS].filter((file) => existsSync(join(root, file)));
  const changed = inputs.find((file) => newestMtime(join(root, file)) > built);
  return changed ? `${changed} changed after the last build` : undefined;
}

/** Runs `npm run build` when dist/ is missing or older than the sources; throws when the build fails. */
export function ensureBuild(root, log = console.error) {
  const reason = buildReason(root);
  if (!reason) return false;
  log(`Building (${reason}): npm run build`);
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0)
    throw new Error(
      `npm run build failed (exit ${result.status ?? result.signal}); --no-build measures dist/ as it is`,
    );
  return true;
}
