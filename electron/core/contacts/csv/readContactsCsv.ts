import type {
  ContactDraft,
  ContactProblem,
  CsvMapping,
  CsvPreset,
  CsvSample,
  ParsedContacts,
} from '../../../../shared/domain/contacts';
import { guessedMapping, readingsOfMapping, type ColumnReading } from './csvColumns';
import { contactDraftOf } from './csvContactDraft';
import {
  detectCsvPreset,
  mappingOfReadings,
  presetReadings,
  presetReadingsUnderMapping,
} from './csvPresets';
import { readCsvTable } from './csvRecords';

export type CsvLayout = { preset: CsvPreset } | { mapping: CsvMapping } | null;

/**
 * What the mapping step shows: the columns, the first rows (padded to the columns, so each row
 * lines up under its header), the preset the headers match and the mapping it gives, or a guess
 * from the header words for a layout of the user's own.
 */
export function csvSampleOf(text: string, rows = 5): CsvSample {
  const { columns, records } = readCsvTable(text);
  const detected = detectCsvPreset(columns);
  const suggested = detected
    ? mappingOfReadings(columns, presetReadings(detected, columns))
    : guessedMapping(columns);
  const sample = records
    .flatMap((record) => ('cells' in record ? [record.cells] : []))
    .slice(0, rows)
    .map((cells) => [
      ...cells,
      ...Array<string>(Math.max(0, columns.length - cells.length)).fill(''),
    ]);
  return { columns, rows: sample, detected, suggested };
}

function readingsOf(columns: string[], layout: CsvLayout): ColumnReading[] {
  if (layout && 'preset' in layout) return presetReadings(layout.preset, columns);
  const detected = detectCsvPreset(columns);
  if (layout) {
    return detected
      ? presetReadingsUnderMapping(detected, columns, layout.mapping)
      : readingsOfMapping(columns, layout.mapping);
  }
  return detected
    ? presetReadings(detected, columns)
    : readingsOfMapping(columns, guessedMapping(columns));
}

/**
 * The contacts in a CSV file, read with a preset, the user's mapping (over the preset's reading
 * when the file is one a preset knows), or, with null, the preset its headers match, else the
 * mapping guessed from them. A row that cannot be read is a problem
 * at its position ("people.csv, row 7", counting the header as row 1, as a spreadsheet shows
 * it), and the rows around it are read as usual.
 */
export function parseContactsCsv(
  text: string,
  fileName: string,
  layout: CsvLayout,
): ParsedContacts {
  const table = readCsvTable(text);
  if (table.problem)
    return { contacts: [], problems: [{ position: fileName, reason: table.problem }] };
  const readings = readingsOf(table.columns, layout);
  const contacts: ContactDraft[] = [];
  const problems: ContactProblem[] = [];
  for (const record of table.records) {
    const position = `${fileName}, row ${record.row}`;
    if ('problem' in record) {
      problems.push({ position, reason: record.problem });
      continue;
    }
    const read = contactDraftOf(record.cells, readings, table.columns, position);
    if ('reason' in read) {
      problems.push(read);
    } else {
      contacts.push(read.draft);
      problems.push(...read.problems);
    }
  }
  return { contacts, problems };
}
