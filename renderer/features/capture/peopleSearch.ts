import type { PersonRef } from '../../../shared/domain/person';
import type { Result } from '../../../shared/result';
import { call } from '../../api';

export interface PersonOption {
  id: string;
  name: string;
  /** The primary email, else the headline: what tells two Adas apart. */
  detail: string;
  photoUrl: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** People whose name or email matches what is typed, best first, leaving out those given. */
export async function searchPeople(
  query: string,
  exclude: readonly string[],
  limit = 8,
): Promise<PersonOption[]> {
  const text = query.trim();
  if (!text) return [];
  const result = await call('people.list', { query: text.slice(0, 200) });
  if (!result.ok) return [];
  const excluded = new Set(exclude);
  return result.data
    .filter((person) => !excluded.has(person.id))
    .slice(0, limit)
    .map((person) => ({
      id: person.id,
      name: person.displayName,
      detail: person.primaryEmail ?? person.headline,
      photoUrl: person.photoUrl,
    }));
}

/** Whether what is typed already names one of the options (so "Create" is not offered). */
export function namesOption(text: string, options: readonly PersonOption[]): boolean {
  const wanted = fold(text);
  return options.some((o) => fold(o.name) === wanted || fold(o.detail) === wanted);
}

/**
 * Adds someone typed in the picker: "Ada Lovelace" as a name, "ada.lovelace@example.com" as a
 * person called Ada Lovelace with that email.
 */
export async function createPerson(text: string): Promise<Result<PersonRef>> {
  const typed = text.trim();
  const input = EMAIL.test(typed)
    ? { displayName: nameFromEmail(typed), email: typed }
    : { displayName: typed };
  const result = await call('people.create', input);
  return result.ok
    ? { ok: true, data: { id: result.data.id, displayName: result.data.displayName } }
    : result;
}

export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  const words = local
    .split(/[._+-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return words.join(' ') || email;
}
