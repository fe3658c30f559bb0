import path from 'node:path';
import { backupDataFolderTo } from '../../core/backups/backupService';
import { DomainError } from '../../core/domainError';
import { CliUsageError, stringOption, type CliCommand } from '../cliCommand';

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const backupCommands: CliCommand[] = [
  {
    words: ['backup'],
    summary: 'Back up the database now (into the backups folder, or to --out FILE)',
    usage: 'farley backup [--out FILE]',
    options: { out: { type: 'string' } },
    async run({ call, io }, values) {
      const out = stringOption(values, 'out');
      if (out === undefined) {
        const backup = await call('backups.create', {});
        io.out(`Backed up to ${backup.path} (${sizeText(backup.bytes)}).`);
        return;
      }
      // Another connection to the same file, so the online backup can write where it is told.
      const { dataDir } = await call('app.info', {});
      try {
        const written = await backupDataFolderTo(dataDir, path.resolve(out));
        io.out(`Backed up to ${written.path} (${sizeText(written.bytes)}).`);
      } catch (error) {
        if (error instanceof DomainError) throw new CliUsageError(error.message);
        throw error;
      }
    },
  },
  {
    words: ['restore'],
    summary: 'Replace the database with a backup, keeping the current one aside',
    usage: 'farley restore FILE',
    options: {},
    // The store may be damaged past opening: that is when a restore is needed most.
    worksWithoutDatabase: true,
    positionals: { name: 'FILE', required: true },
    async run({ call, io }, _values, positionals) {
      const [file, ...extra] = positionals;
      if (!file || extra.length > 0) {
        throw new CliUsageError('give exactly one backup file. Usage: farley restore FILE');
      }
      // Refused (exit 2, nothing changed) when the file is not a sound Farley backup.
      const result = await call('backups.restore', { path: path.resolve(file) });
      io.out(
        [
          `Restored ${result.restoredFrom} (schema ${result.schemaVersion}).`,
          `The database you had before is kept at ${result.keptAside}.`,
        ].join('\n'),
      );
    },
  },
];
