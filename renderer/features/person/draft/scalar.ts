import type { Person } from '../../../../shared/domain/person';
import type { SectionSpec } from './sectionDraft';

type TextField = 'displayName' | 'pronouns' | 'about';

/** A single text field of a person as its own autosaving section. */
export function textFieldSpec(field: TextField): SectionSpec<string> {
  return {
    id: field,
    sourceKey: (p: Person) => p[field],
    toDraft: (p: Person) => p[field],
    toPatch: (draft: string) => ({ patch: { [field]: draft } }),
  };
}
