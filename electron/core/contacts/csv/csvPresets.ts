import {
  CSV_FIELDS,
  type CsvField,
  type CsvMapping,
  type CsvPreset,
} from '../../../../shared/domain/contacts';
import { mappedField, mappedReading, type ColumnReading, type ReadField } from './csvColumns';
import { googleReadings, googleSignature } from './googleCsvLayout';
import { outlookReadings, outlookSignature } from './outlookCsvLayout';

/**
 * The CSV layouts Farley knows by their headers. The layouts themselves, and where their headers
 * come from, are described in googleCsvLayout.ts and outlookCsvLayout.ts.
 */
const PRESETS: Record<
  CsvPreset,
  { readings: (columns: string[]) => ColumnReading[]; signature: (columns: string[]) => number }
> = {
  google: { readings: googleReadings, signature: googleSignature },
  outlook: { readings: outlookReadings, signature: outlookSignature },
};

/**
 * A single familiar header ("Company", "Labels") is common in hand-made files; two are not, and a
 * real export has many more.
 */
const SIGNATURE_THRESHOLD = 2;

/** The preset whose columns these are, or null for a layout of the user's own. */
export function detectCsvPreset(columns: string[]): CsvPreset | null {
  const scores = (Object.keys(PRESETS) as CsvPreset[])
    .map((preset) => ({ preset, score: PRESETS[preset].signature(columns) }))
    .filter(({ score }) => score >= SIGNATURE_THRESHOLD)
    .sort((a, b) => b.score - a.score);
  return scores[0]?.preset ?? null;
}

export function presetReadings(preset: CsvPreset, columns: string[]): ColumnReading[] {
  return PRESETS[preset].readings(columns);
}

function isCsvField(field: ReadField): field is CsvField {
  return (CSV_FIELDS as readonly string[]).includes(field);
}

/**
 * The preset's reading as a plain column mapping, for the mapping step to show. Reading with the
 * preset itself gives more: the labels from the label columns, dates of every kind, several
 * addresses, and a whole address from one cell.
 */
export function mappingOfReadings(columns: string[], readings: ColumnReading[]): CsvMapping {
  const mapping: CsvMapping = {};
  for (const { column, field } of readings) {
    const header = columns[column];
    if (header !== undefined && isCsvField(field) && !Object.hasOwn(mapping, header)) {
      mapping[header] = field;
    }
  }
  return mapping;
}

/**
 * The user's mapping over a file a preset knows. A column mapped as the preset maps it keeps the
 * preset's reading, with its label column and its numbered group, so the suggested mapping
 * accepted unchanged reads the file as the preset does; a column mapped otherwise is read as the
 * user says. Columns the mapping cannot name (dates of other kinds, whole addresses in one cell)
 * stay as the preset reads them.
 */
export function presetReadingsUnderMapping(
  preset: CsvPreset,
  columns: string[],
  mapping: CsvMapping,
): ColumnReading[] {
  const known = new Map(presetReadings(preset, columns).map((r) => [r.column, r]));
  return columns.flatMap((header, column) => {
    const reading = known.get(column);
    if (reading && !isCsvField(reading.field)) return [reading];
    const field = mappedField(mapping, header);
    if (!field) return [];
    return [reading?.field === field ? reading : mappedReading(header, column, field)];
  });
}
