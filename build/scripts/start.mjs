// `npm start`: makes sure Electron and its SQLite module are there, builds, and opens Farley.
import { spawn, spawnSync } from 'node:child_process';
import {
  electronBinary,
  ensureElectronBinary,
  ensureElectronSqlite,
  root,
  runSetup,
} from './electronRuntime.mjs';

runSetup(() => {
  ensureElectronBinary();
  ensureElectronSqlite();
});

const build = spawnSync(
  process.execPath,
  ['node_modules/electron-vite/bin/electron-vite.js', 'build'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
if (build.status !== 0) {
  console.error('Farley could not be built; the messages above say why.');
  process.exit(1);
}

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(electronBinary(), ['.', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env,
});
app.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
