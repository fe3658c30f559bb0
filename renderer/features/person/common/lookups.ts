import type { TagColor } from '../../../../shared/domain/tag';
import { call } from '../../../api';

/** One suggestion in a type-ahead list. */
export interface Suggestion {
  id: string;
  label: string;
  detail?: string;
  color?: TagColor;
}

function matches(name: string, query: string): boolean {
  const q = fold(query);
  return (
    !q ||
    fold(name)
      .split(/\s+/)
      .some((word) => word.startsWith(q)) ||
    fold(name).startsWith(q)
  );
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/** People matching what is typed, best match first, never the person being edited. */
export async function findPeople(query: string, excludeIds: string[]): Promise<Suggestion[]> {
  // With nothing typed there is nothing to rank, and the whole list can be thousands long.
  if (!query.trim()) return [];
  const result = await call('people.list', { query: query.trim() });
  if (!result.ok) return [];
  return result.data
    .filter((person) => !excludeIds.includes(person.id))
    .slice(0, 8)
    .map((person) => ({
      id: person.id,
      label: person.displayName,
      detail: person.headline || person.primaryEmail || undefined,
    }));
}

export async function findOrganizations(query: string): Promise<Suggestion[]> {
  const result = await call('organizations.list', { query: query.trim() || undefined });
  if (!result.ok) return [];
  return result.data.slice(0, 8).map((org) => ({
    id: org.id,
    label: org.name,
    detail: org.domains[0] || org.industry || undefined,
  }));
}

/** Existing tags starting with the query, most used first, leaving out those already given. */
export async function findTags(query: string, taken: string[]): Promise<Suggestion[]> {
  const result = await call('tags.list', {});
  if (!result.ok) return [];
  const takenKeys = new Set(taken.map(fold));
  return result.data
    .filter((tag) => !takenKeys.has(fold(tag.name)) && matches(tag.name, query))
    .sort((a, b) => b.people + b.organizations - (a.people + a.organizations))
    .slice(0, 8)
    .map((tag) => ({ id: tag.id, label: tag.name, color: tag.color }));
}

export function sameName(a: string, b: string): boolean {
  return fold(a) === fold(b);
}
