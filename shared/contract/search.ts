import { z } from 'zod';
import { SEARCH_KINDS, type SearchHit } from '../domain/search';
import { defineCall } from './define';
import { text } from './fields';

export const searchCalls = {
  'search.query': defineCall(
    z.strictObject({
      text: text('Search', 200),
      limit: z.number().int().min(1).max(200).default(20),
      kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
    }),
    'Ranked full-text hits across people and organizations, by prefix, ignoring case and accents',
  ).returns<SearchHit[]>(),
};
