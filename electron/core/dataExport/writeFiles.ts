import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../domainError';

/** A file-system failure as a sentence the user can act on. */
export function cannotWrite(target: string, error: unknown): DomainError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? `the folder ${path.dirname(target)} does not exist`
      : code === 'EACCES' || code === 'EPERM'
        ? 'Farley may not write there'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : (code ?? (error as Error).message);
  return new DomainError('invalid_input', `Cannot write ${target}: ${reason}.`, [
    { path: 'path', message: reason },
  ]);
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over the
 * target, so an interrupted export never leaves a half-written file under the real name (nor
 * destroys the previous export there).
 */
export function writeFileAtomic(target: string, text: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(target).isDirectory();
  } catch {
    // Not there yet: the usual case.
  }
  if (isFolder) {
    throw new DomainError(
      'invalid_input',
      `${target} is a folder; give a file name to export to.`,
      [{ path: 'path', message: 'A folder, not a file' }],
    );
  }
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomUUID().slice(0, 8)}.tmp`,
  );
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw cannotWrite(target, error);
  }
}

/**
 * Makes sure `folder` exists and is empty, creating it if needed: files are never mixed into a
 * folder that holds something else, where they could overwrite or be confused with it. Returns
 * whether it was created, so a failed export can take it away again.
 */
export function prepareEmptyFolder(folder: string): boolean {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') {
      throw new DomainError(
        'invalid_input',
        `${folder} is a file; choose a folder to export into.`,
        [{ path: 'path', message: 'Not a folder' }],
      );
    }
    if (code !== 'ENOENT') throw cannotWrite(folder, error);
    try {
      mkdirSync(folder, { recursive: true });
    } catch (mkdirError) {
      throw cannotWrite(folder, mkdirError);
    }
    return true;
  }
  if (entries.length > 0) {
    throw new DomainError(
      'invalid_input',
      `${folder} is not empty (${entries.length} item(s)); choose a new or empty folder for the notes.`,
      [{ path: 'path', message: 'Folder not empty' }],
    );
  }
  return false;
}
