import { z } from 'zod';
import type { Person } from '../domain/person';
import type { Tag } from '../domain/tag';
import {
  CADENCES,
  type GoingColdItem,
  type IntroPath,
  type KeepInTouch,
  type ReachOutItem,
  type TodayPanel,
  type Warmth,
  type WhoKnowsResult,
} from '../domain/insights';
import { defineCall } from './define';
import { entityId, isoDate, requiredText } from './fields';

const cadence = z.enum(CADENCES, {
  error: 'Choose every 2 weeks, monthly, quarterly, yearly or none',
});

export const insightCalls = {
  'people.setCadence': defineCall(
    z.strictObject({ id: entityId('person'), cadence: cadence.nullable() }),
    'Keep in touch with a person this often (null: follow their tags)',
  ).returns<Person>(),
  'tags.setCadence': defineCall(
    z.strictObject({ id: entityId('tag'), cadence: cadence.nullable() }),
    'A default cadence for everyone with this tag',
  ).returns<Tag>(),
  'insights.reachOut': defineCall(
    z.strictObject({ limit: z.number().int().min(1).max(1000).default(50) }),
    'Who is due or overdue for contact, most pressing first',
  ).returns<ReachOutItem[]>(),
  'insights.goingCold': defineCall(
    z.strictObject({ limit: z.number().int().min(1).max(1000).default(50) }),
    'People you used to see often and have not in 60 days',
  ).returns<GoingColdItem[]>(),
  'insights.warmth': defineCall(
    z.strictObject({ personId: entityId('person') }),
    'How warm a tie is, 0–100, and why',
  ).returns<Warmth>(),
  'insights.whoKnows': defineCall(
    z.strictObject({ text: requiredText('Organization or domain', 200) }),
    'The people at an organization or email domain, and your warmest ties to them',
  ).returns<WhoKnowsResult>(),
  'insights.introPaths': defineCall(
    z.strictObject({
      personId: entityId('person'),
      limit: z.number().int().min(1).max(10).default(3),
    }),
    'The warmest short paths from you to a person (at most 3 hops), with evidence',
  ).returns<IntroPath[]>(),
  'insights.keepInTouch': defineCall(
    z.strictObject({ personId: entityId('person') }),
    'A person’s cadence, where it comes from, last contact and when they are next due',
  ).returns<KeepInTouch>(),
  'insights.today': defineCall(
    z.strictObject({ date: isoDate }),
    'The Today panel of a day: follow-ups due, who to reach out to, dates this week, going cold',
  ).returns<TodayPanel>(),
};
