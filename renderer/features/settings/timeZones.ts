import type { Suggestion } from '../person/common/lookups';

/** The id of the "follow the system" choice; no zone name can contain NUL. */
export const FOLLOW_SYSTEM = '\u0000system';

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** A zone's offset from UTC now, as "GMT+1" or "GMT-4:30"; '' if the zone is unknown here. */
export function offsetOf(zone: string, at: Date): string {
  try {
    let format = offsetFormatters.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' });
      offsetFormatters.set(zone, format);
    }
    return format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** How a zone reads in a list: its IANA name with spaces, "America/New York". */
export function zoneLabel(zone: string): string {
  return zone.replace(/_/g, ' ');
}

export function followSystemLabel(systemZone: string): string {
  return `Follow the system (${zoneLabel(systemZone)})`;
}

/** Every zone this computer knows, plus the ones given (an alias may be missing from the list). */
export function allZones(extra: string[]): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = new Set([...known, 'UTC', ...extra.filter(Boolean)]);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[_/]+/g, ' ');
}

/** The choices as suggestions: following the system first, then every zone with its offset. */
export function zoneSuggestions(systemZone: string, extra: string[], at: Date): Suggestion[] {
  return [
    { id: FOLLOW_SYSTEM, label: followSystemLabel(systemZone), detail: offsetOf(systemZone, at) },
    ...allZones(extra).map((zone) => ({
      id: zone,
      label: zoneLabel(zone),
      detail: offsetOf(zone, at),
    })),
  ];
}

/** The suggestions whose name (or offset) holds every word typed. */
export function filterZones(suggestions: Suggestion[], query: string): Suggestion[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return suggestions;
  const found = suggestions.filter((s) => {
    const haystack = fold(`${s.label} ${s.id === FOLLOW_SYSTEM ? 'system' : ''} ${s.detail ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
  // A city that starts with what was typed comes before a region or offset that merely holds it.
  const city = (s: Suggestion) => fold(s.id.split('/').at(-1) ?? s.id);
  const first = words.join(' ');
  return [
    ...found.filter((s) => city(s).startsWith(first)),
    ...found.filter((s) => !city(s).startsWith(first)),
  ];
}
