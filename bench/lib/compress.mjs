// What a file costs on the wire: raw bytes, gzip -9 and brotli at maximum quality, each file compressed on its own
// as a server would send it.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */

/** @returns {Sizes} */
export function sizesOf(content) {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** The sum of several files' sizes (files are fetched, and compressed, separately). */
export function addSizes(list) {
  return list.reduce(
    (sum, sizes) => ({ raw: sum.raw + sizes.raw, gzip: sum.gzip + sizes.gzip, brotli: sum.brotli + sizes.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );
}
