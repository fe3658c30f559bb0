import { runCli } from '../../electron/cli/runCli';
import type { CliEnvironment } from '../../electron/cli/cliCommand';

/** Runs one `farley` command line in-process and collects what it printed. */
export async function runFarley(
  args: string[],
  options: { home: string } & Partial<Omit<CliEnvironment, 'out' | 'err'>>,
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    env: {},
    platform: 'linux',
    ...options,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
