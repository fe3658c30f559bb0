import { CADENCE_LABELS, type Cadence, type ReachOutItem } from '../../../shared/domain/insights';
import { plural } from '../importContacts/importText';

const dayCount = (days: number, locale?: string) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);

/**
 * When contact is due, from the days past due (negative: not yet): "overdue by 12 days",
 * "due today", "due tomorrow", "due in 3 days".
 */
export function dueWording(daysOverdue: number, locale?: string): string {
  if (daysOverdue > 0) return `overdue by ${dayCount(daysOverdue, locale)}`;
  if (daysOverdue === 0) return 'due today';
  if (daysOverdue === -1) return 'due tomorrow';
  return `due in ${dayCount(-daysOverdue, locale)}`;
}

/** A cadence as a choice in a menu: "Every 2 weeks", "Monthly". */
export function cadenceChoice(cadence: Cadence): string {
  const label = CADENCE_LABELS[cadence];
  return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}

/** The cadence and where it comes from: "monthly, set for them", "quarterly, from Client". */
export function cadenceSource(item: Pick<ReachOutItem, 'cadence' | 'cadenceFrom'>): string {
  const from =
    item.cadenceFrom === 'person' ? 'set for them' : `from the tag ${item.cadenceFrom.tag}`;
  return `${CADENCE_LABELS[item.cadence]}, ${from}`;
}

/** "3 people and 1 organization", "no one": who carries a tag. */
export function usageText(people: number, organizations: number): string {
  const parts = [
    people > 0 ? plural(people, 'person', 'people') : '',
    organizations > 0 ? plural(organizations, 'organization') : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'no one' : parts.join(' and ');
}
