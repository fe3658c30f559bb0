import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/testCore';

const temp = tempDir('farley-bin-');
afterAll(() => temp.remove());

function farley(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/farley.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, FARLEY_DATA_DIR: temp.dir },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the installed farley command', () => {
  it('runs from package.json bin against FARLEY_DATA_DIR', () => {
    expect(farley('person', 'add', '--name', 'Ada', '--email', 'ada@example.com').code).toBe(0);
    const list = farley('person', 'list', '--format', 'json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out)).toEqual([expect.objectContaining({ displayName: 'Ada' })]);
  });

  it('fails with one line and a non-zero code on bad input', () => {
    const bad = farley('person', 'add', '--email', 'x@example.com');
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toEqual(['farley person add: --name is required']);
  });
});
