import type { RelationshipKind } from '../../../../shared/domain/relationship';

/**
 * What the user says, read as "this person is <choice> <other person>", and how it is stored:
 * relationships are kept as "from is <kind> of to".
 */
export interface RelationshipChoice {
  id: string;
  label: string;
  kind: RelationshipKind;
  /** True when the person on the page is `from`; false when the other person is. */
  viewerIsFrom: boolean;
}

export const RELATIONSHIP_CHOICES: RelationshipChoice[] = [
  { id: 'spouse', label: 'Spouse of', kind: 'spouse', viewerIsFrom: true },
  { id: 'partner', label: 'Partner of', kind: 'partner', viewerIsFrom: true },
  { id: 'parent', label: 'Parent of', kind: 'parent', viewerIsFrom: true },
  { id: 'child', label: 'Child of', kind: 'parent', viewerIsFrom: false },
  { id: 'manager', label: 'Manager of', kind: 'manager', viewerIsFrom: true },
  { id: 'report', label: 'Reports to', kind: 'manager', viewerIsFrom: false },
  { id: 'colleague', label: 'Colleague of', kind: 'colleague', viewerIsFrom: true },
  { id: 'friend', label: 'Friend of', kind: 'friend', viewerIsFrom: true },
  { id: 'introduced', label: 'Introduced', kind: 'introducer', viewerIsFrom: true },
  { id: 'introducedBy', label: 'Was introduced by', kind: 'introducer', viewerIsFrom: false },
  { id: 'custom', label: 'Custom…', kind: 'custom', viewerIsFrom: false },
];

/** The `relationships.add` input for "<me> is <choice> <other>". */
export function relationshipInput(
  choice: RelationshipChoice,
  meId: string,
  otherId: string,
  label: string,
) {
  return {
    fromId: choice.viewerIsFrom ? meId : otherId,
    toId: choice.viewerIsFrom ? otherId : meId,
    kind: choice.kind,
    label: choice.kind === 'custom' ? label.trim() : '',
  };
}
