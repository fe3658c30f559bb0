import {
  CSV_FIELDS,
  type CsvField,
  type CsvMapping,
  type CsvSample,
} from '../../../shared/domain/contacts';
import { useImportStore } from '../../stores/importStore';
import { FIELD_LABELS, fileName, PRESET_NAMES } from './importText';

/** Sample rows shown under the mapping: enough to recognise the data, few enough to read. */
const SHOWN_ROWS = 5;

function isField(value: string): value is CsvField {
  return (CSV_FIELDS as readonly string[]).includes(value);
}

/** A column's first values that say something, for recognising it. */
function examplesOf(sample: CsvSample, index: number): string {
  const values = sample.rows.map((row) => row[index]?.trim() ?? '').filter(Boolean);
  return values.slice(0, 3).join(' · ');
}

/** The first rows as Farley would read them: a column per mapped field, in the fields' order. */
function FirstRows({ sample, mapping }: { sample: CsvSample; mapping: CsvMapping }) {
  const fields = CSV_FIELDS.filter((field) => Object.values(mapping).includes(field));
  if (fields.length === 0) return null;
  const cell = (row: string[], field: CsvField) =>
    sample.columns
      .map((column, index) => (mapping[column] === field ? row[index]?.trim() : ''))
      .filter(Boolean)
      .join(', ');
  return (
    <div className="import-table-scroll">
      <table className="import-table first-rows">
        <caption>How the first rows will read</caption>
        <thead>
          <tr>
            {fields.map((field) => (
              <th key={field} scope="col">
                {FIELD_LABELS[field]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sample.rows.slice(0, SHOWN_ROWS).map((row, index) => (
            <tr key={index}>
              {fields.map((field) => (
                <td key={field}>{cell(row, field)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A CSV's columns, each with the field it fills (or ignored), pre-filled from a guess. */
export function MappingStep({ sample }: { sample: CsvSample }) {
  const mapping = useImportStore((s) => s.mapping);
  const file = useImportStore((s) => s.files[0] ?? '');
  const reading = useImportStore((s) => s.busy === 'reading');
  const store = useImportStore.getState;
  const mapped = Object.keys(mapping).length;

  return (
    <>
      <div className="import-body">
        <p className="import-intro">
          {sample.detected
            ? `${fileName(file)} looks like an export from ${PRESET_NAMES[sample.detected]}: its columns are matched for you.`
            : `Choose what each column of ${fileName(file)} holds. Columns set to “Ignore” are not imported.`}
        </p>
        <div className="import-table-scroll">
          <table className="import-table mapping">
            <caption className="visually-hidden">Columns of {fileName(file)}</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Imported as</th>
                <th scope="col">First values</th>
              </tr>
            </thead>
            <tbody>
              {sample.columns.map((column, index) => (
                <tr key={`${index}:${column}`} className={mapping[column] ? undefined : 'ignored'}>
                  <th scope="row">{column || `Column ${index + 1}`}</th>
                  <td>
                    <select
                      aria-label={`Import column “${column || index + 1}” as`}
                      value={mapping[column] ?? ''}
                      data-autofocus={index === 0 ? true : undefined}
                      disabled={reading}
                      onChange={(e) => {
                        const value = e.target.value;
                        store().mapColumn(column, isField(value) ? value : null);
                      }}
                    >
                      <option value="">Ignore</option>
                      {CSV_FIELDS.map((field) => (
                        <option key={field} value={field}>
                          {FIELD_LABELS[field]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="import-examples">{examplesOf(sample, index)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <FirstRows sample={sample} mapping={mapping} />
      </div>
      <footer className="import-footer">
        <p className="import-summary" role="status">
          {reading
            ? `Reading ${fileName(file)}…`
            : `${mapped} of ${sample.columns.length} columns imported`}
        </p>
        <button type="button" disabled={reading} onClick={() => store().back()}>
          Back
        </button>
        <button
          type="button"
          className="primary"
          data-primary
          aria-disabled={reading}
          onClick={() => {
            if (!store().busy) void store().readPreview();
          }}
        >
          {reading ? 'Reading…' : 'Preview'}
        </button>
      </footer>
    </>
  );
}
