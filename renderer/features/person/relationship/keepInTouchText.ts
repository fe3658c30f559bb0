import { chooseCadence } from '../../../../shared/domain/cadence';
import { CADENCE_LABELS, type Cadence, type KeepInTouch } from '../../../../shared/domain/insights';
import type { Tag } from '../../../../shared/domain/tag';
import { relativeDay } from '../timeline/timelineText';

/** The choices of the "Keep in touch" menu; '' stands for null: follow the tags. */
export const CADENCE_CHOICES: { value: Cadence; label: string }[] = [
  { value: '2w', label: 'Every 2 weeks' },
  { value: 'monthly', label: 'Monthly' },
  { value: 'quarterly', label: 'Quarterly' },
  { value: 'yearly', label: 'Yearly' },
  { value: 'none', label: 'Never' },
];

/** "Follow tags (monthly, from Client)": what following the tags would mean for this person. */
export function followTagsLabel(tags: readonly Tag[]): string {
  const choice = chooseCadence(null, [...tags]);
  if (!choice || choice.from === 'person') return 'Follow tags';
  return `Follow tags (${CADENCE_LABELS[choice.cadence]}, from ${choice.from.tag})`;
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** "Due in 5 days", "Overdue by 12 days", "Due today"; null when never due. */
export function dueText(state: KeepInTouch): string | null {
  if (state.daysOverdue === null) return null;
  if (state.daysOverdue === 0) return 'Due today';
  return state.daysOverdue > 0
    ? `Overdue by ${days(state.daysOverdue)}`
    : `Due in ${days(-state.daysOverdue)}`;
}

/** "Last contact: never", "Last contact: today", "Last contact: 2 weeks ago". */
export function lastContactText(lastContactAt: string | null, now: Date): string {
  if (lastContactAt === null) return 'Last contact: never';
  return `Last contact: ${relativeDay(new Date(lastContactAt), now)}`;
}
