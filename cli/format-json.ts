import type { FileResult } from './source.ts';

/**
 * JSON: for one input, the Analysis (`people`, `statements`, plus `text` when read from HTML: the text the
 * offsets refer to); when several inputs were asked for (`several`, even if some failed), an array of those
 * objects with a leading `file` key. Indented by 2.
 */
export function formatJson(results: readonly FileResult[], several: boolean): string {
  const objects = results.map((result) => ({
    ...result.analysis,
    ...(result.fromHtml ? { text: result.text } : {}),
  }));
  if (!several) return objects.length === 0 ? '' : JSON.stringify(objects[0], null, 2) + '\n';
  return (
    JSON.stringify(
      results.map((result, i) => ({ file: result.file, ...objects[i] })),
      null,
      2,
    ) + '\n'
  );
}
