/**
 * The lines of a byte stream, decoded as UTF-8 (a leading BOM dropped, invalid bytes as U+FFFD), without
 * their "\n" or "\r\n". A last line without a newline is still a line. Reads the stream only as fast as the
 * consumer asks for lines, so a slow consumer holds back the producer instead of buffering everything.
 */
export async function* readLines(
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  for await (const chunk of input) {
    // Search only the new part: a long line arriving in many chunks is scanned once, not once per chunk.
    const searchFrom = pending.length;
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let nl = pending.indexOf('\n', searchFrom); nl !== -1; nl = pending.indexOf('\n', from)) {
      yield withoutCr(pending.slice(from, nl));
      from = nl + 1;
    }
    pending = pending.slice(from);
  }
  pending += decoder.decode();
  if (pending !== '') yield withoutCr(pending);
}

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
