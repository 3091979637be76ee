/**
 * The bytes of `body`, or `null` as soon as more than `maxBytes` have come: read as they arrive, so a body that is
 * huge or never ends is cut off at the limit rather than held in memory whole until a timeout.
 */
export async function readBoundedBytes(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stops the download; a stream that refuses to be cancelled changes nothing here.
      reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The body of `response` as UTF-8 text (as `response.text()` reads it), or `null` once it passes `maxBytes`: for a
 * config at `src` and a host signer's answer.
 */
export async function readBoundedText(response: Response, maxBytes: number): Promise<string | null> {
  const bytes = await readBoundedBytes(response.body, maxBytes);
  return bytes && new TextDecoder().decode(bytes);
}
