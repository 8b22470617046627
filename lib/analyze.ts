import { attribute } from './attribution/attribute.ts';
import { nameNeuterSpeakers } from './attribution/neuter.ts';
import { addReported } from './attribution/reported.ts';
import { findPeople } from './people/find-people.ts';
import { withoutReferenceEntries } from './people/in-references.ts';
import { findQuotes } from './quotes/find-quotes.ts';
import { segment, startsSentence } from './text/segment.ts';
import type { Analysis } from './types.ts';

/**
 * Analyzes one article's plain text: segment -> findQuotes -> findPeople -> attribute -> addReported, then
 * the people without the authors in a list of references (withoutReferenceEntries). A text that is not English
 * (Segments.english) gets its quotes, its people and the speakers any language names the same way (attribute).
 * Offsets in the result are UTF-16 units into `text`. Total: any string gives an Analysis; it never throws.
 */
export function analyze(text: string): Analysis {
  try {
    return pipeline(text);
  } catch {
    // A bug must not break a page: an empty Analysis is still a valid one.
    return { people: [], statements: [] };
  }
}

/** The pipeline itself, which lets a bug throw (tests call it to see one). */
export function pipeline(text: string): Analysis {
  const seg = segment(text);
  const quotations = findQuotes(text, seg.paragraphs);
  const { people, mentions } = findPeople(
    text,
    seg.tokens,
    (i) => startsSentence(seg.tokens, i),
    seg.english,
  );
  const quoted = attribute(seg, quotations, { people, mentions });
  // Reported speech and "it said" are English grammar: a text in another language gets its quotes.
  const statements = seg.english
    ? nameNeuterSpeakers(text, addReported(seg, quotations, { people, mentions }, quoted), people)
    : quoted;
  return { people: withoutReferenceEntries(seg, people, statements), statements };
}
