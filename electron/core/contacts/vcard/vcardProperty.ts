import type ICAL from 'ical.js';

export type VcardComponent = InstanceType<typeof ICAL.Component>;
export type VcardProperty = InstanceType<typeof ICAL.Property>;

/**
 * The value as the file wrote it, escapes and all. Every property reaches ical.js with a value
 * type it does not know (RAW_VALUE_TYPE), so it decodes nothing — but it still splits structured
 * (N, ADR, ORG) and multi-valued (CATEGORIES, 3.0's NOTE) values by property name. Joining the
 * pieces with the separators they were split at gives the text back exactly.
 */
export function rawValue(prop: VcardProperty): string {
  const values = (prop.jCal as unknown[]).slice(3);
  return values
    .map((value) =>
      Array.isArray(value)
        ? value.map((part) => (Array.isArray(part) ? part.join(',') : String(part))).join(';')
        : String(value),
    )
    .join(',');
}

/** A parameter's values; ical.js gives one value as a string and several as an array. */
export function paramValues(prop: VcardProperty, name: string): string[] {
  const value = prop.getParameter(name) as unknown;
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

export function firstParam(prop: VcardProperty, name: string): string | null {
  return paramValues(prop, name)[0] ?? null;
}

/** The `item1` of `item1.EMAIL`, which ical.js keeps as a parameter; '' when ungrouped. */
export function groupOf(prop: VcardProperty): string {
  return (firstParam(prop, 'group') ?? '').toLowerCase();
}

/**
 * Preference: 4.0's PREF=1…100 (1 first), or 3.0's TYPE=pref, counted as 1. Null when the value
 * is not marked preferred.
 */
export function preferenceOf(prop: VcardProperty): number | null {
  const pref = Number.parseInt(firstParam(prop, 'pref') ?? '', 10);
  if (Number.isFinite(pref)) return pref;
  return paramValues(prop, 'type').some((t) => t.trim().toLowerCase() === 'pref') ? 1 : null;
}
