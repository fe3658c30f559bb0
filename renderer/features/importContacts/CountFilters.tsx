const number = new Intl.NumberFormat();

export interface CountFilter<F extends string> {
  key: F;
  count: number;
  /** The noun after the count: "new", "already up to date". */
  noun: string;
}

interface Props<F extends string> {
  label: string;
  filters: readonly CountFilter<F>[];
  /** The filter shown, or null for every row. */
  value: F | null;
  onChange: (value: F | null) => void;
}

/**
 * The counts at the top of the preview and the report, which double as filters: pressing one
 * shows only those rows, pressing it again shows every row.
 */
export function CountFilters<F extends string>({ label, filters, value, onChange }: Props<F>) {
  return (
    <div className="import-counts" role="group" aria-label={label}>
      {filters.map((filter) => (
        <button
          key={filter.key}
          type="button"
          className={`import-count ${filter.key}`}
          aria-pressed={value === filter.key}
          disabled={filter.count === 0}
          onClick={() => onChange(value === filter.key ? null : filter.key)}
        >
          <strong>{number.format(filter.count)}</strong> {filter.noun}
        </button>
      ))}
    </div>
  );
}
