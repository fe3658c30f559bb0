import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from './benchWorld';

const GIVEN = ['Ada', 'Grace', 'Alan', 'Zoë', 'José', 'Priya', 'Dana', 'Kenji', 'Amara', 'Lars'];
const FAMILY = ['Lovelace', 'Hopper', 'Turing', 'Ångström', 'Álvarez', 'Raman', 'Kim', 'Sato'];

/** A PNG signature and random bytes: what the store checks is the type, not the pixels. */
function fakePhoto(random: () => number, bytes: number): string {
  const data = Buffer.alloc(bytes);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(data);
  for (let i = 8; i < bytes; i++) data[i] = Math.floor(random() * 256);
  return data.toString('base64');
}

/** `count` vCard 3.0 cards as phones and Google export them, a photo (~12 KB) on every tenth. */
export function writeVcardFile(file: string, count: number): void {
  const random = seededRandom(3);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const cards: string[] = [];
  for (let i = 0; i < count; i++) {
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    const lines = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `FN:${given} ${family}`,
      `N:${family};${given};;;`,
      `EMAIL;TYPE=INTERNET;TYPE=WORK:${given.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}.${i}@example.org`,
      `TEL;TYPE=CELL:+1 555 ${String(1000 + (i % 9000)).padStart(4, '0')}`,
      `ORG:Company ${i % 300}`,
      'TITLE:Engineer',
      `NOTE:Met at conference ${i % 50}\\, talked about ${pick(['pricing', 'hiring', 'APIs'])}.`,
      `CATEGORIES:${pick(['Friends', 'Clients', 'Investors'])}`,
    ];
    if (i % 10 === 0) lines.push(`PHOTO;ENCODING=b;TYPE=PNG:${fakePhoto(random, 12_000)}`);
    lines.push('END:VCARD');
    cards.push(lines.join('\r\n'));
  }
  writeFileSync(file, `${cards.join('\r\n')}\r\n`);
}

export interface ContactsBench {
  cards: number;
  ms: number;
  previewAgainMs: number;
  created: number;
  baselineRssMb: number;
  peakRssMb: number;
}

/** Imports `cards` vCards into an empty store in a child process; time and peak memory. */
export function benchContactsImport(dir: string, cards = 10_000): ContactsBench {
  const file = path.join(dir, 'contacts.vcf');
  writeVcardFile(file, cards);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'tests/bench/contactsImport.ts', file, path.join(dir, 'contacts-store')],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (run.status !== 0) throw new Error('the contacts import bench failed');
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as Omit<
    ContactsBench,
    'cards'
  >;
  return { cards, ...result };
}
