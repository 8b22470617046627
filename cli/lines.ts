/**
 * The lines of a byte stream, decoded as UTF-8 (a leading BOM dropped, invalid bytes as U+FFFD), without
 * their "\n" or "\r\n". A last line without a newline is still a line. Reads the stream only as fast as the
 * consumer asks for lines, so a slow consumer holds back the producer instead of buffering everything.
 * Linear in the input: each chunk is searched once, and a long line's pieces are joined once.
 */
export async function* readLines(
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  // The start of the current line, as pieces: appending to one string and searching it again for every
  // chunk made a 50 MB line take 40 s.
  let pieces: string[] = [];
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      pieces.push(text.slice(from, nl));
      yield withoutCr(pieces.join(''));
      pieces = [];
      from = nl + 1;
    }
    if (from < text.length) pieces.push(text.slice(from));
  }
  pieces.push(decoder.decode());
  const last = pieces.join('');
  if (last !== '') yield withoutCr(last);
}

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
