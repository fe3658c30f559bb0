import Papa from 'papaparse';

/** One record of a CSV file, numbered as a spreadsheet numbers its rows (the header is row 1). */
export type CsvRecord = { row: number; cells: string[] } | { row: number; problem: string };

export interface CsvTable {
  columns: string[];
  /** The records after the header, blank ones left out. */
  records: CsvRecord[];
  /** Why the file has no usable header row, or null. */
  problem: string | null;
}

const DELIMITERS = [',', ';', '\t'];

/**
 * The file's delimiter. Papaparse guesses from the first rows; a file of one or two rows can defeat
 * it, and then the header decides: the candidate that splits it into the most columns.
 */
function delimiterOf(text: string): string {
  const guess = Papa.parse<string[]>(text, { delimitersToGuess: DELIMITERS, preview: 20 });
  if (!guess.errors.some((error) => error.code === 'UndetectableDelimiter')) {
    return guess.meta.delimiter;
  }
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = DELIMITERS.map((delimiter) => header.split(delimiter).length);
  return DELIMITERS[counts.indexOf(Math.max(...counts))] ?? ',';
}

/**
 * Every record, with null for one whose quotes do not pair up. Papaparse reads on to the next
 * quote it can pair, often the rest of the file; instead, such a record ends with the line its
 * quote opens on, and reading starts again on the next line, so one stray quote costs one row
 * rather than every row after it.
 */
function rawRecords(text: string, delimiter: string): (string[] | null)[] {
  let records: (string[] | null)[] = [];
  let rest = text;
  for (;;) {
    const { data, errors } = Papa.parse<string[]>(rest, { delimiter, skipEmptyLines: false });
    const quoteErrors = errors.filter((error) => error.type === 'Quotes');
    const broken = Math.min(...quoteErrors.map((error) => error.row ?? Infinity));
    // concat, not push(...): an address book can have more rows than a call has arguments.
    if (broken === Infinity) return records.concat(data);
    records = records.concat(data.slice(0, broken), [null]);
    const at = Math.min(...quoteErrors.map((error) => error.index ?? Infinity));
    const lineEnd = rest.indexOf('\n', Number.isFinite(at) ? at : 0);
    if (lineEnd < 0) return records;
    rest = rest.slice(lineEnd + 1);
  }
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Spreadsheets and Windows tools write CRLF inside quoted values too; Farley keeps LF. */
function cleanCell(cell: string): string {
  return cell.replace(/\r\n?/g, '\n').trim();
}

/** Papaparse reports a quote never closed, or one closed too early, the same way: as Quotes. */
const UNPAIRED_QUOTES =
  'its quotes do not pair up (a quoted value ends with " and doubles any " inside it)';

/**
 * The file as a header and numbered records. Handles a byte-order mark, quoted values holding
 * delimiters, quotes and line breaks, and ",", ";" or tab as the delimiter.
 */
export function readCsvTable(text: string): CsvTable {
  const withoutBom = text.replace(/^\uFEFF/, '');
  const records = rawRecords(withoutBom, delimiterOf(withoutBom));
  const headerIndex = records.findIndex((record) => record === null || !isBlank(record));
  const header = records[headerIndex];
  if (header === undefined) return { columns: [], records: [], problem: 'the file is empty' };
  if (header === null) {
    const problem = `the header row (row ${headerIndex + 1}) cannot be read: ${UNPAIRED_QUOTES}`;
    return { columns: [], records: [], problem };
  }
  const columns = header.map(cleanCell);
  const table: CsvRecord[] = [];
  records.slice(headerIndex + 1).forEach((record, index) => {
    const row = headerIndex + index + 2;
    if (record === null) {
      table.push({ row, problem: `${UNPAIRED_QUOTES}; the row is skipped` });
    } else if (!isBlank(record)) {
      const extra = record.slice(columns.length).filter((cell) => cell.trim() !== '');
      // Values past the last column mean a value with a delimiter in it lacks its quotes, and the
      // values after it have moved: reading them would put a phone number in the email address.
      table.push(
        extra.length > 0
          ? {
              row,
              problem: `it has ${record.length} values but the header has ${columns.length} columns (a value with a delimiter in it needs quotes); the row is skipped`,
            }
          : { row, cells: record.map(cleanCell) },
      );
    }
  });
  return { columns, records: table, problem: null };
}
