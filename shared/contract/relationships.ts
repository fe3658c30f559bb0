import { z } from 'zod';
import { RELATIONSHIP_KINDS } from '../domain/relationship';
import { defineCall } from './define';
import { entityId, text } from './fields';

export const relationshipCalls = {
  'relationships.add': defineCall(
    z
      .strictObject({
        fromId: entityId('person'),
        toId: entityId('person'),
        kind: z.enum(RELATIONSHIP_KINDS, { error: 'Not a kind of relationship' }),
        label: text('Label', 60).default(''),
      })
      .refine((r) => r.fromId !== r.toId, { error: 'A person cannot be related to themselves' })
      .refine((r) => r.kind !== 'custom' || r.label.length > 0, {
        error: 'A custom relationship needs a label',
        path: ['label'],
      }),
    '“from is <kind> of to”, e.g. Alice is manager of Bob',
  ).returns<{ id: string }>(),
  'relationships.remove': defineCall(
    z.strictObject({ id: entityId('relationship') }),
    'Remove a relationship',
  ).returns<{ id: string }>(),
};
