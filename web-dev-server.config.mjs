// `npm start`: serves the demo and the package's sources on localhost only, with TypeScript compiled on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  hostname: 'localhost',
  port: Number(process.env.PORT ?? 8000),
  open: false,
  watch: false,
  nodeResolve: { exportConditions: ['development'] },
  appIndex: 'demo/index.html',
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
};
