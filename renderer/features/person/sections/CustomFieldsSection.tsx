import type { CustomField, Person } from '../../../../shared/domain/person';
import { RowList, type Column } from '../common/RowList';
import { SectionFrame } from '../common/SectionFrame';
import { isBlank, keyRows, listPlan, type Row } from '../draft/rows';
import type { SectionSpec } from '../draft/sectionDraft';
import { useSectionDraft } from '../draft/useSectionDraft';

const blankField = (r: CustomField) => isBlank(r.label, r.value);
const fieldSpec: SectionSpec<Row<CustomField>[]> = {
  id: 'customFields',
  sourceKey: (p) => JSON.stringify(p.customFields),
  toDraft: (p, previous) => keyRows(p.customFields, previous, blankField),
  toPatch: (rows) =>
    listPlan('customFields', rows, (r) =>
      blankField(r) ? null : { label: r.label, value: r.value },
    ),
};

const columns: Column<CustomField>[] = [
  { field: 'label', label: (n) => `Field ${n} name`, placeholder: 'Name', className: 'name-cell' },
  {
    field: 'value',
    label: (n) => `Field ${n} value`,
    placeholder: 'Value',
    className: 'main-cell',
  },
];

/** Anything the fixed sections have no place for: "Shoe size → 44", "Assistant → Priya". */
export function CustomFieldsSection({ person }: { person: Person }) {
  const handle = useSectionDraft(person, fieldSpec);
  return (
    <SectionFrame title="Custom fields">
      <RowList
        title="Fields"
        noun="field"
        handle={handle}
        columns={columns}
        blank={() => ({ label: '', value: '' })}
      />
    </SectionFrame>
  );
}
