// Gets Electron ready on a user's machine: its binary (downloaded by electron's own installer,
// which `npm ci` here is told not to run) and better-sqlite3 compiled for Electron's ABI, kept in
// a folder of its own so the Node build that tests and the CLI use is never overwritten.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const root = fileURLToPath(new URL('../..', import.meta.url));
const electronDir = path.dirname(require.resolve('electron/package.json'));
export const electronVersion = require('electron/package.json').version;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = require('better-sqlite3/package.json').version;
export const nativeDir = path.join(root, 'node_modules', '.farley-native');
export const electronSqlite = path.join(nativeDir, 'electron', 'better_sqlite3.node');

export class SetupError extends Error {}

/** The environment for child builds, without npm's settings that would retarget them at Node. */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|arch|build_from_source)$/i.test(key)) {
      delete env[key];
    }
  }
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

function electronInstalled() {
  try {
    const installed = readFileSync(path.join(electronDir, 'dist', 'version'), 'utf8');
    return (
      installed.trim().replace(/^v/, '') === electronVersion &&
      existsSync(path.join(electronDir, 'path.txt'))
    );
  } catch {
    return false;
  }
}

export function ensureElectronBinary(log = console.log) {
  if (electronInstalled()) return;
  log(`Downloading the Electron ${electronVersion} runtime (first start only)…`);
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    env: cleanEnv(),
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: 15 * 60_000,
  });
  if (result.status !== 0 || !electronInstalled()) {
    if (process.env.FARLEY_DEBUG) process.stderr.write(result.stderr ?? '');
    throw new SetupError(
      'Farley could not download the Electron runtime it needs to open its window (no connection to the internet?); connect and run "npm start" again.',
    );
  }
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    env: cleanEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** better-sqlite3 for Electron: a prebuilt binary if one exists, else compiled from source. */
export function ensureElectronSqlite(log = console.log) {
  const arch = process.env.FARLEY_ELECTRON_ARCH ?? process.arch;
  const stamp = `${sqliteVersion} electron-${electronVersion} ${process.platform}-${arch}`;
  const stampFile = path.join(nativeDir, 'electron', 'stamp.txt');
  if (existsSync(electronSqlite) && existsSync(stampFile)) {
    if (readFileSync(stampFile, 'utf8') === stamp) return;
  }
  log(`Preparing the database module for Electron ${electronVersion} (first start only)…`);
  const work = path.join(nativeDir, 'work', 'better-sqlite3');
  rmSync(path.dirname(work), { recursive: true, force: true });
  cpSync(sqliteDir, work, {
    recursive: true,
    filter: (source) => !source.startsWith(path.join(sqliteDir, 'build')),
  });
  const prebuilt = run(
    process.execPath,
    [
      require.resolve('prebuild-install/bin.js'),
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      `--platform=${process.platform}`,
    ],
    work,
  );
  if (!prebuilt.ok) {
    log('No prebuilt module for this Electron; compiling it (a minute or two)…');
    const compiled = run(
      process.execPath,
      [
        require.resolve('node-gyp/bin/node-gyp.js'),
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      work,
    );
    if (!compiled.ok) {
      if (process.env.FARLEY_DEBUG) process.stderr.write(`${prebuilt.output}\n${compiled.output}`);
      throw new SetupError(
        'Farley could not prepare its database module for Electron (no prebuilt download and no C++ build tools?); install your platform’s build tools and run "npm start" again (FARLEY_DEBUG=1 shows details).',
      );
    }
  }
  mkdirSync(path.dirname(electronSqlite), { recursive: true });
  cpSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), electronSqlite);
  writeFileSync(stampFile, stamp);
  rmSync(path.dirname(work), { recursive: true, force: true });
}

export function electronBinary() {
  return require('electron');
}

/** Runs a step and turns a SetupError into one sentence and exit code 1. */
export function runSetup(step) {
  try {
    return step();
  } catch (error) {
    if (error instanceof SetupError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
