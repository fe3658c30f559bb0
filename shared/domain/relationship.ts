export const RELATIONSHIP_KINDS = [
  'spouse',
  'partner',
  'parent',
  'manager',
  'colleague',
  'friend',
  'introducer',
  'custom',
] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/**
 * How a stored "from is <kind> of to" reads from each side. `asFrom` is what the *other* person
 * is when the viewer is `from`; `asTo` when the viewer is `to`.
 */
export const RELATIONSHIP_LABELS: Record<
  Exclude<RelationshipKind, 'custom'>,
  { asFrom: string; asTo: string; choice: string }
> = {
  spouse: { asFrom: 'Spouse', asTo: 'Spouse', choice: 'Spouse' },
  partner: { asFrom: 'Partner', asTo: 'Partner', choice: 'Partner' },
  parent: { asFrom: 'Child', asTo: 'Parent', choice: 'Parent of' },
  manager: { asFrom: 'Report', asTo: 'Manager', choice: 'Manager of' },
  colleague: { asFrom: 'Colleague', asTo: 'Colleague', choice: 'Colleague' },
  friend: { asFrom: 'Friend', asTo: 'Friend', choice: 'Friend' },
  introducer: { asFrom: 'Introduced', asTo: 'Introduced by', choice: 'Introduced' },
};

/** A relationship as seen from one person's page. */
export interface RelationshipView {
  id: string;
  kind: RelationshipKind;
  /** What the other person is to the viewer: "Manager", "Child", or the custom label. */
  label: string;
  other: { id: string; displayName: string };
}

export function relationshipLabel(
  kind: RelationshipKind,
  customLabel: string,
  viewerIsFrom: boolean,
): string {
  if (kind === 'custom') return customLabel;
  const labels = RELATIONSHIP_LABELS[kind];
  return viewerIsFrom ? labels.asFrom : labels.asTo;
}
