import type { Format } from './args.ts';
import { formatCsv } from './format-csv.ts';
import { formatJson } from './format-json.ts';
import { formatMarkdown } from './format-md.ts';
import { formatText } from './format-text.ts';
import type { FileResult } from './source.ts';

export interface FormatOptions {
  /** Columns of the text format. */
  width: number;
  /** Whether several inputs were given (JSON then writes an array, even when only one succeeded). */
  several: boolean;
}

/** The results in `format`. */
export function formatResults(
  results: readonly FileResult[],
  format: Format,
  options: FormatOptions,
): string {
  switch (format) {
    case 'text':
      return formatText(results, options.width);
    case 'json':
      return formatJson(results, options.several);
    case 'md':
      return formatMarkdown(results);
    case 'csv':
      return formatCsv(results);
    default:
      throw new Error(`unknown format ${String(format satisfies never)}`);
  }
}
