import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runFarley } from '../../support/runFarley';
import { tempDir } from '../../support/testCore';

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir('farley-cli-');
});
afterEach(() => temp.remove());

const farley = (args: string[], env: Record<string, string> = {}) =>
  runFarley(args, { home: temp.dir, env });

describe('farley person', () => {
  it('adds and lists people in --data-dir', async () => {
    const dir = ['--data-dir', temp.dir];
    const added = await farley([
      'person',
      'add',
      '--name',
      'Ada Lovelace',
      '--email',
      'ada@example.com',
      ...dir,
    ]);
    expect(added).toMatchObject({ code: 0, err: '' });
    expect(added.out).toMatch(/^Added Ada Lovelace <ada@example.com> \(.+\)$/);
    await farley(['person', 'add', '--name', 'Grace Hopper', ...dir]);

    const text = await farley(['person', 'list', ...dir]);
    expect(text).toEqual({
      code: 0,
      out: 'Grace Hopper\nAda Lovelace  <ada@example.com>',
      err: '',
    });
    const json = await farley([...dir, 'person', 'list', '--format', 'json']);
    expect(JSON.parse(json.out)).toEqual([
      expect.objectContaining({ displayName: 'Grace Hopper', primaryEmail: null }),
      expect.objectContaining({ displayName: 'Ada Lovelace', primaryEmail: 'ada@example.com' }),
    ]);
  });

  it('honours FARLEY_DATA_DIR, and the default folder when neither is given', async () => {
    await farley(['person', 'add', '--name', 'In Env'], { FARLEY_DATA_DIR: `${temp.dir}/env` });
    await farley(['person', 'add', '--name', 'In Default']);
    const env = await farley(['person', 'list'], { FARLEY_DATA_DIR: `${temp.dir}/env` });
    expect(env.out).toBe('In Env');
    const fallback = await farley(['person', 'list'], { XDG_CONFIG_HOME: `${temp.dir}/.config` });
    expect(fallback.out).toBe('In Default');
  });

  it('answers bad input with one line and exit code 2, writing nothing', async () => {
    const dir = ['--data-dir', temp.dir];
    const cases: [string[], RegExp][] = [
      [['person', 'add', ...dir], /--name is required/],
      [['person', 'add', '--name', '  ', ...dir], /Name cannot be empty/],
      [['person', 'add', '--name', 'A', '--email', 'nope', ...dir], /not a valid email/],
      [['person', 'add', '--name', 'A', '--bogus', ...dir], /Unknown option '--bogus'/],
      [['person', 'list', '--format', 'xml', ...dir], /--format must be one of text, json/],
      [['person', 'list', 'extra', ...dir], /unexpected "extra"/],
      [['persn', 'list', ...dir], /unknown command "persn list"/],
    ];
    for (const [args, message] of cases) {
      const result = await farley(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(message);
      expect(result.err.split('\n')).toHaveLength(1);
    }
    expect((await farley(['person', 'list', ...dir])).out).toBe('No people yet.');
  });

  it('refuses a second person with the same email, whatever its case', async () => {
    const dir = ['--data-dir', temp.dir];
    await farley(['person', 'add', '--name', 'Ada', '--email', 'ada@example.com', ...dir]);
    const dup = await farley([
      'person',
      'add',
      '--name',
      'Copy',
      '--email',
      'ADA@example.com',
      ...dir,
    ]);
    expect(dup).toMatchObject({
      code: 2,
      err: 'farley person add: ADA@example.com already belongs to Ada',
    });
  });

  it('prints help for the tool and for each command', async () => {
    const overview = await farley(['--help']);
    expect(overview.code).toBe(0);
    expect(overview.out).toContain('person add');
    expect(overview.out).toContain('--data-dir');
    for (const command of [
      ['person', 'add'],
      ['person', 'list'],
    ]) {
      const help = await farley([...command, '--help']);
      expect(help.code).toBe(0);
      expect(help.out).toContain(`Usage: farley ${command.join(' ')}`);
    }
    expect((await farley([])).code).toBe(2);
  });
});
