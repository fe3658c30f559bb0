// `npm test`: every check and every test, ending with one line that totals them all:
// "N passed, N failed[, N skipped]". Static checks count as one test each, so a red lint or
// typecheck can never hide behind green tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root } from './electronRuntime.mjs';

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const checks = [
  ['typecheck (node side)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['typecheck (renderer)', bin('tsc'), ['--noEmit', '-p', 'renderer/tsconfig.json']],
  ['typecheck (browser tests)', bin('tsc'), ['--noEmit', '-p', 'tests/e2e/tsconfig.json']],
  [
    'typecheck (renderer tests)',
    bin('tsc'),
    ['--noEmit', '-p', 'tests/unit/renderer/tsconfig.json'],
  ],
  ['lint', bin('eslint'), ['.']],
  ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ['build app', bin('electron-vite'), ['build', '--logLevel', 'warn']],
  ['build cli', bin('vite'), ['build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn']],
];

let passed = 0;
let failed = 0;
let skipped = 0;

for (const [label, command, args] of checks) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    passed++;
    console.log(`✓ ${label} (${seconds}s)`);
  } else {
    failed++;
    console.log(`✗ ${label} failed (${seconds}s)`);
  }
}

const reportDir = path.join(root, 'test-results');
const report = path.join(reportDir, 'vitest.json');
mkdirSync(reportDir, { recursive: true });
rmSync(report, { force: true });
const vitest = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { cwd: root, stdio: 'inherit' },
);
if (existsSync(report)) {
  const totals = JSON.parse(readFileSync(report, 'utf8'));
  passed += totals.numPassedTests;
  failed += totals.numFailedTests;
  skipped += totals.numPendingTests + totals.numTodoTests;
  // A file that fails to load has no tests to count: count it as a failure.
  const brokenFiles = totals.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  failed += brokenFiles;
} else {
  console.log('✗ vitest produced no report');
  failed++;
}
if (vitest.status !== 0 && failed === 0) failed++;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
