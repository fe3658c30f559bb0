import { z } from 'zod';
import { TAG_COLORS, type TagWithUsage } from '../domain/tag';
import { defineCall } from './define';
import { entityId, requiredText } from './fields';

export const tagCalls = {
  'tags.list': defineCall(z.strictObject({}), 'Every tag with how often it is used').returns<
    TagWithUsage[]
  >(),
  'tags.update': defineCall(
    z.strictObject({
      id: entityId('tag'),
      name: requiredText('Tag', 50).optional(),
      color: z.enum(TAG_COLORS, { error: 'Not one of the tag colours' }).optional(),
    }),
    'Rename or recolour a tag',
  ).returns<TagWithUsage>(),
  'tags.delete': defineCall(
    z.strictObject({ id: entityId('tag') }),
    'Remove a tag from everyone and delete it',
  ).returns<{ id: string }>(),
};
