import { CADENCE_DAYS, CADENCES, type Cadence, type ReachOutItem } from './insights';

export interface CadenceChoice {
  cadence: Exclude<Cadence, 'none'>;
  from: ReachOutItem['cadenceFrom'];
}

/** Narrows a stored column: anything that is not a known cadence reads as none set. */
export const isCadence = (value: string | null | undefined): value is Cadence =>
  value != null && (CADENCES as readonly string[]).includes(value);

const daysOf = (cadence: Cadence) => (cadence === 'none' ? Infinity : CADENCE_DAYS[cadence]);

/**
 * A person's own cadence wins, 'none' included (so one person can opt out of a tag's
 * default). Without one, the most frequent cadence among their tags applies: someone who is
 * both a monthly Client and a quarterly Friend is kept in touch with monthly. Tags with the
 * same cadence tie; the tag whose name sorts first is named as the source. Null: no cadence.
 * Shared so the person page names the same source the Reach out list does.
 */
export function chooseCadence(
  own: Cadence | null,
  tags: { name: string; cadence: Cadence | null }[],
): CadenceChoice | null {
  if (own !== null) return own === 'none' ? null : { cadence: own, from: 'person' };
  const best = tags
    .filter((tag): tag is { name: string; cadence: Cadence } => tag.cadence !== null)
    .sort(
      (a, b) =>
        daysOf(a.cadence) - daysOf(b.cadence) ||
        a.name.toLowerCase().localeCompare(b.name.toLowerCase(), 'en') ||
        a.name.localeCompare(b.name, 'en'),
    )[0];
  if (!best || best.cadence === 'none') return null;
  return { cadence: best.cadence, from: { tag: best.name } };
}
