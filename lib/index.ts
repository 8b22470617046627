/** whosaid's public API: `analyze(text)` and the Analysis data model (see DESIGN.md). */
export { analyze } from './analyze.ts';
export type { Analysis, Gender, Person, Span, Speaker, Statement, StatementKind } from './types.ts';
