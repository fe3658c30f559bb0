// `npm run dist`: installers for the current platform, with the Electron build of SQLite inside.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureElectronBinary, ensureElectronSqlite, root, runSetup } from './electronRuntime.mjs';

runSetup(() => {
  ensureElectronBinary();
  ensureElectronSqlite();
});

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
for (const [command, args] of [
  [bin('electron-vite'), ['build']],
  [bin('electron-builder'), ['--config', 'electron-builder.yml', ...process.argv.slice(2)]],
]) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
