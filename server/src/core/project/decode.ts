import { UserError } from "./fs";
import { msg } from "../messages";

/**
 * Decodes a file's bytes as an editor would: UTF-8 (BOM dropped) or UTF-16 with a BOM.
 * Binary content is refused; invalid UTF-8 is read (bad bytes as U+FFFD) and noted in `warnings`.
 */
export function decodeText(buf: Uint8Array, path = "file", warnings?: string[]): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf.subarray(2));
  const sample = buf.subarray(0, 8192);
  if (sample.includes(0)) throw new UserError(msg("cli.binary", { path }));
  let text = new TextDecoder("utf-8", { fatal: false }).decode(buf);
  if (warnings && text.includes("\uFFFD")) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(buf);
    } catch {
      const line = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
      warnings.push(`not valid UTF-8 (first bad byte on line ${line}); bad bytes were read as \uFFFD`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** The refusal for a file above a size limit, in the words both hosts use. */
export function tooLargeMessage(path: string, size: number, maxBytes: number): string {
  return msg("cli.too-large", { path, size: (size / 1048576).toFixed(1), limit: maxBytes / 1048576 });
}
