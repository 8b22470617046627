import { DEFAULT_TIMEOUT_SECONDS, LINES_IN_FLIGHT_PER_JOB } from './args.ts';

/** The --help text. `cores` is the default of --jobs on this machine. */
export function helpText(cores: number): string {
  return `whosaid: who said what in a news article. Finds statements (direct quotes, partial quotes,
reported speech), the person or source each is attributed to, and the people named.

Usage (whosaid is \`node dist/cli.js\` after \`npm run build\`; it needs nothing else installed):
  whosaid [options] FILE...      analyze files and print a report
  whosaid [options] -            analyze standard input (also when no FILE is given and input is piped)
  whosaid batch [--jobs N]       JSON Lines in, JSON Lines out (for corpora and pipelines)

Files:
  .html, .htm and .xhtml files are read as web pages: the article text is found first (as the browser
  extension does) and analyzed; offsets then refer to that text. Any other file is read as UTF-8 text.
  Several files are each labelled with their name.

Options:
  -f, --format FORMAT   text (default): a table of who said what, folded to the terminal width, and the
                          people found
                        json: the Analysis {"people", "statements"} (plus "text", the article text, for
                          HTML); several files give an array of them, each with a "file" key
                        md: a Markdown table of statements and a list of people, per file
                        csv: RFC 4180, one row per statement: file,id,kind,speaker,cue,text,start,end
                          (start/end: UTF-16 offsets of the statement's first and last span)
      --width N         fold the text format to N columns (default: the terminal's width, or 80)
      --html            read every input as HTML, standard input included, whatever its name
  -j, --jobs N          batch: worker threads (default: every core, here ${cores})
      --timeout SECONDS batch: give up on a line after this long, answering it with an error
                          (default ${DEFAULT_TIMEOUT_SECONDS}; 0 for no limit)
      --stats           batch: at the end, print lines, errors, time and lines per second to standard error
  -h, --help            this help
  -V, --version         the version

Batch:
  Reads JSON Lines on standard input, one object a line:
    {"id": "a1", "text": "..."}                      plain text
    {"id": "a2", "html": "<html>...", "url": "..."}  a web page ("url" optional, checked but not used yet)
  and writes one line per input line, in input order, as soon as it and every line before it are done:
    {"id": "a1", "people": [...], "statements": [...]}
    {"id": "a2", "people": [...], "statements": [...], "text": "..."}   (HTML: the text offsets refer to)
  "id" (a string or a number) is copied as given. A line that cannot be analyzed (invalid JSON, no "id",
  no "text" or "html", a field of the wrong type, over the time limit) gets {"id": <id or null>, "error":
  "..."} and the batch goes on. Empty and blank lines are skipped and give no output line. Input is read
  only as fast as it is analyzed (at most ${LINES_IN_FLIGHT_PER_JOB} lines per job are held), so memory stays bounded however
  many lines come. Works as a pipe in any job runner, e.g. Spark's RDD.pipe("node dist/cli.js batch").

Examples:
  whosaid article.txt
  whosaid --format md page.html > statements.md
  whosaid --format csv *.txt > statements.csv
  curl -s https://example.org/news/story | whosaid --html -
  jq -c '{id, text}' corpus.jsonl | whosaid batch --jobs 4 > analyses.jsonl

Exit status:
  0 all inputs analyzed (batch: even when some lines got an error line)
  1 some input could not be read or analyzed (each named on standard error), or a batch failed
  2 usage error
`;
}
