/**
 * The Analysis data model, version 1 (see DESIGN.md). Everything here is plain JSON.
 *
 * Offsets are 0-based UTF-16 code units into the analyzed text, half-open `[start, end)`, and every span
 * carries the text it covers: `text.slice(span.start, span.end) === span.text` always holds.
 */

/** A stretch of the analyzed text. */
export interface Span {
  /** First UTF-16 code unit, inclusive. */
  start: number;
  /** Last UTF-16 code unit, exclusive. */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
}

export type Gender = 'female' | 'male';

/** A named person, once, under the fullest name the text gives. */
export interface Person {
  /** Stable within one Analysis, e.g. "p1". */
  id: string;
  /** The fullest form in the text: "Kim Kardashian", not "Kim". */
  name: string;
  /** Only when the text or a name list says so. */
  gender?: Gender;
  /** Every name mention: "Kim Kardashian", "Kim", "Kim’s" (the name part only), in document order. */
  mentions: Span[];
}

export type StatementKind = 'direct' | 'partial' | 'indirect';

export interface Speaker {
  /** The person's full name, or the phrase for other sources: "the airline", "one official". */
  name: string;
  /** Set when the speaker is a Person of this Analysis. */
  personId?: string;
  /** The mention that names the speaker next to this statement ("she", "Kim", "the airline"). */
  mention?: Span;
}

export interface Statement {
  id: string;
  /**
   * direct: a quotation that is a whole utterance ("“We will win,” she said.");
   * partial: a quoted fragment inside the writer's own sentence (She called it “a disaster.”);
   * indirect: reported speech without quote marks (He claimed that she tried to ...).
   */
  kind: StatementKind;
  /** The attributed words without enclosing quote marks; the spans' texts joined by a space. */
  text: string;
  /** Where those words are; several for a quote that runs over paragraphs or is split around its cue. */
  spans: Span[];
  speaker: Speaker | null;
  /** The verb or phrase that attributes it: "said", "wrote", "according to". */
  cue: Span | null;
}

/** The result of `analyze()`: people in order of first mention, statements in document order. */
export interface Analysis {
  people: Person[];
  statements: Statement[];
}
