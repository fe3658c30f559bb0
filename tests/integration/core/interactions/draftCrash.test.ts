import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../../electron/core/coreContext';
import { contractCalls, tempDir } from '../../../support/testCore';

const TEXT = 'Spoke with Ada about the Reykjavík marathon; she wants the deck by Friday.';
let temp: ReturnType<typeof tempDir> | null = null;
afterEach(() => temp?.remove());

describe('a draft survives the app being killed mid-typing', () => {
  it('gives back every character saved before the kill', async () => {
    temp = tempDir('farley-crash-');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/fixtures/processes/draftTyper.ts', temp.dir, TEXT],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    // Kill it (no chance to clean up) once it has saved a good part of the note.
    const lastSaved = await new Promise<number>((resolve, reject) => {
      let buffered = '';
      let saved = 0;
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) saved = Number(line);
        if (saved >= 40) {
          child.kill('SIGKILL');
          resolve(saved);
        }
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`typer exited early: ${code}`));
      });
    });
    await new Promise((resolve) => child.on('close', resolve));

    const core = openCore({ dataDir: temp.dir, appVersion: 'test' });
    try {
      const drafts = await contractCalls(core).call('drafts.list', {});
      expect(drafts).toHaveLength(1);
      const body = drafts[0]?.content.body ?? '';
      expect(TEXT.startsWith(body)).toBe(true);
      expect(body.length).toBeGreaterThanOrEqual(lastSaved);
    } finally {
      core.db.close();
    }
  }, 30_000);
});
