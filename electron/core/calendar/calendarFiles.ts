import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The .ics files of a source, relative to it and sorted: the file itself for a file source,
 * every .ics below a folder (vdirsyncer/khal keep one event per file, a calendar per folder).
 * Hidden files and folders (vdirsyncer's .status, editors' temp files) are skipped.
 */
export function listCalendarFiles(sourcePath: string, kind: 'file' | 'folder'): string[] {
  if (kind === 'file') return [''];
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relative);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.ics')) found.push(relative);
    }
  };
  walk(sourcePath, '');
  return found.sort();
}

export function readCalendarFile(sourcePath: string, file: string): string {
  return readFileSync(file ? path.join(sourcePath, file) : sourcePath, 'utf8');
}

export function sourceKindOf(sourcePath: string): 'file' | 'folder' {
  return statSync(sourcePath).isDirectory() ? 'folder' : 'file';
}
