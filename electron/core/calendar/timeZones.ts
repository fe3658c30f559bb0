import { findIana, IANA_ALIAS_MAP } from 'windows-iana';

/**
 * Turns whatever a calendar wrote as TZID into an IANA zone that Intl knows, or null:
 * IANA names ("America/New_York", also quoted or behind a "/mozilla.org/…/" style prefix),
 * Windows zone ids written by Outlook and Exchange ("W. Europe Standard Time") and Exchange's
 * display labels ("(UTC-05:00) Eastern Time (US & Canada)").
 */
export function resolveTimeZone(tzid: string): string | null {
  const cleaned = tzid
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  if (!cleaned) return null;
  const cached = cache.get(cleaned);
  if (cached !== undefined) return cached;
  const resolved = resolveUncached(cleaned);
  cache.set(cleaned, resolved);
  return resolved;
}

const cache = new Map<string, string | null>();

export function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.includes('/') || name === 'UTC' || name === 'GMT';
  } catch {
    return false;
  }
}

function canonical(name: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
}

function resolveUncached(tzid: string): string | null {
  if (/^(utc|gmt|z|etc\/utc|etc\/gmt|coordinated universal time)$/i.test(tzid)) return 'UTC';
  if (isIanaZone(tzid)) return tzid;
  // "/mozilla.org/20050126_1/America/New_York", "/citadel.org/20190914_1/Europe/Paris"
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(tzid)?.[1];
  if (tail && isIanaZone(tail)) return tail;

  const windows = findIana(tzid, '001')[0] ?? findIana(tzid)[0];
  if (windows && isIanaZone(windows)) return canonical(windows);

  const label = /^\(UTC(?:([+-])(\d{2}):(\d{2}))?\)\s*(.+)$/i.exec(tzid);
  if (label) return fromDisplayLabel(label[4] ?? '', offsetMinutes(label[1], label[2], label[3]));
  return null;
}

function offsetMinutes(sign?: string, hours?: string, minutes?: string): number {
  if (!sign) return 0;
  const value = Number(hours) * 60 + Number(minutes);
  return sign === '-' ? -value : value;
}

/** Windows display names that name no city. */
const LABELS: Record<string, string> = {
  'eastern time (us & canada)': 'America/New_York',
  'central time (us & canada)': 'America/Chicago',
  'mountain time (us & canada)': 'America/Denver',
  'pacific time (us & canada)': 'America/Los_Angeles',
  'atlantic time (canada)': 'America/Halifax',
  alaska: 'America/Anchorage',
  hawaii: 'Pacific/Honolulu',
  arizona: 'America/Phoenix',
  'indiana (east)': 'America/Indiana/Indianapolis',
  saskatchewan: 'America/Regina',
  newfoundland: 'America/St_Johns',
  'coordinated universal time': 'UTC',
  'central america': 'America/Guatemala',
  'mid-atlantic - old': 'Atlantic/South_Georgia',
  'international date line west': 'Etc/GMT+12',
};

/**
 * "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": the first listed city that
 * is an IANA zone and keeps the label's standard offset in winter or summer.
 */
function fromDisplayLabel(text: string, standardOffset: number): string | null {
  const known = LABELS[text.trim().toLowerCase()];
  if (known) return known;
  const zones = allZones();
  for (const city of text.split(/,|\s-\s|\//).map((c) => c.trim().replace(/\s+/g, '_'))) {
    const zone = zones.get(city.toLowerCase());
    if (
      zone &&
      [0, 6].some((month) => zoneOffsetMinutes(zone, Date.UTC(2026, month, 15)) === standardOffset)
    ) {
      return zone;
    }
  }
  return null;
}

let zoneIndex: Map<string, string> | null = null;
function allZones(): Map<string, string> {
  if (!zoneIndex) {
    zoneIndex = new Map();
    // Intl lists ICU's canonical names (Asia/Calcutta); CLDR's aliases add current ones (Asia/Kolkata).
    const names = [
      ...Intl.supportedValuesOf('timeZone'),
      ...IANA_ALIAS_MAP.flatMap((entry) => entry.alias).filter(isIanaZone),
    ];
    for (const zone of names) {
      const city = zone.split('/').at(-1);
      if (city && !zoneIndex.has(city.toLowerCase())) zoneIndex.set(city.toLowerCase(), zone);
    }
  }
  return zoneIndex;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

const HALF_HOUR = 30 * 60_000;
const DAY = 86_400_000;
/** Per zone and UTC day: the offset all day long, or null on a day with a transition. */
const dayCache = new Map<string, Map<number, number | null>>();
const halfHourCache = new Map<string, Map<number, number>>();

function cacheFor<V>(caches: Map<string, Map<number, V>>, zone: string): Map<number, V> {
  let cache = caches.get(zone);
  if (!cache) {
    cache = new Map();
    caches.set(zone, cache);
  }
  if (cache.size > 100_000) cache.clear();
  return cache;
}

/**
 * The zone's offset from UTC at an instant, in minutes (east positive). Expanding years of a
 * daily series asks this hundreds of thousands of times, and Intl is slow, so offsets are
 * cached per UTC day (one value when the day has no transition) and, on a transition day, per
 * half hour (transitions fall on half-hour boundaries).
 */
export function zoneOffsetMinutes(zone: string, instant: number): number {
  if (zone === 'UTC') return 0;
  const day = Math.floor(instant / DAY);
  const days = cacheFor(dayCache, zone);
  let whole = days.get(day);
  if (whole === undefined) {
    const atStart = computeOffset(zone, day * DAY);
    const atEnd = computeOffset(zone, day * DAY + DAY - 1000);
    whole = atStart === atEnd ? atStart : null;
    days.set(day, whole);
  }
  if (whole !== null) return whole;
  const bucket = Math.floor(instant / HALF_HOUR);
  const halves = cacheFor(halfHourCache, zone);
  let offset = halves.get(bucket);
  if (offset === undefined) {
    offset = computeOffset(zone, bucket * HALF_HOUR);
    halves.set(bucket, offset);
  }
  return offset;
}

function computeOffset(zone: string, instant: number): number {
  const parts = formatterFor(zone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}
