import type { ImportantDate, PersonAddress, PersonEmail, PersonLink, PersonPhone } from './person';

/** A contact read from a vCard or CSV file, before it meets the store. */
export interface ContactDraft {
  /** Where it is in its file, for every message about it: "work.vcf, card 3 (line 41)". */
  position: string;
  displayName: string;
  givenName: string;
  familyName: string;
  nickname: string;
  emails: PersonEmail[];
  phones: PersonPhone[];
  addresses: PersonAddress[];
  links: PersonLink[];
  /** ORG and TITLE: the organization by name (found or created on import). */
  roles: { organization: string; title: string }[];
  /** NOTE, kept as the dossier's "about" text. */
  about: string;
  dates: ImportantDate[];
  /** CATEGORIES, or a CSV's groups. */
  tags: string[];
  /** Decoded image bytes as base64, with their type; null without a photo. */
  photo: { mime: string; base64: string } | null;
}

/** A card or row that could not be read: skipped, never fatal to the rest. */
export interface ContactProblem {
  position: string;
  reason: string;
}

export interface ParsedContacts {
  contacts: ContactDraft[];
  problems: ContactProblem[];
}

export const CONTACT_FORMATS = ['vcard', 'csv'] as const;
export type ContactFormat = (typeof CONTACT_FORMATS)[number];

/** Which CSV layout: Google Contacts' export, Outlook's, or the user's own column mapping. */
export const CSV_PRESETS = ['google', 'outlook'] as const;
export type CsvPreset = (typeof CSV_PRESETS)[number];

/** Fields a CSV column can be mapped to. Repeatable fields take every column mapped to them. */
export const CSV_FIELDS = [
  'displayName',
  'givenName',
  'familyName',
  'nickname',
  'email',
  'phone',
  'organization',
  'title',
  'street',
  'city',
  'region',
  'postalCode',
  'country',
  'website',
  'birthday',
  'notes',
  'tags',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Column header → field; columns not listed are ignored. */
export type CsvMapping = Record<string, CsvField>;

/** What the mapping step shows: the file's columns, its first rows, and a guess. */
export interface CsvSample {
  columns: string[];
  rows: string[][];
  /** The preset whose columns this file has, if any. */
  detected: CsvPreset | null;
  /** The mapping that preset (or a guess from the headers) gives. */
  suggested: CsvMapping;
}

export type ImportDecision = 'merge' | 'skip' | 'create';

export interface ImportRow {
  position: string;
  contact: Pick<ContactDraft, 'displayName' | 'emails' | 'roles'> & { hasPhoto: boolean };
  /**
   * new: nobody in the store has this contact's addresses or name; match: someone has (the
   * import merges by default); unchanged: a match that already holds everything it carries.
   */
  status: 'new' | 'match' | 'unchanged';
  match: { personId: string; displayName: string; by: 'email' | 'name' } | null;
  /** For a match: what merging would add ("2 phone numbers", "photo", "birthday"). */
  adds: string[];
}

export interface ImportPreview {
  format: ContactFormat;
  rows: ImportRow[];
  /** Cards or rows that cannot be imported, with the reason. */
  problems: ContactProblem[];
  /** Imported, but with something left out (an invalid address, a date that is no date). */
  warnings: ContactProblem[];
  counts: { new: number; match: number; unchanged: number; invalid: number };
}

export interface ImportReport {
  created: { position: string; personId: string; displayName: string }[];
  merged: { position: string; personId: string; displayName: string; adds: string[] }[];
  skipped: { position: string; reason: string }[];
  invalid: ContactProblem[];
  warnings: ContactProblem[];
}
