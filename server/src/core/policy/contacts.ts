import { decodeHTML } from "entities";

/** E-mail addresses as a reader sees them (code spans included, comments not). */
export interface Address {
  address: string;
  start: number;
  end: number;
}

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** EMAIL from a known start. */
const EMAIL_AT = new RegExp(EMAIL.source.replace(/^\(\?<!\[[^\]]*\]\)/, ""), "y");

/** A character of an address's local part ([A-Za-z0-9._%+-]). */
function isLocal(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/**
 * Every match of EMAIL, found from the '@' signs: an address starts where the run of
 * local-part characters before an '@' starts, so the text is not tried at every position.
 */
export function findAddresses(visible: string): Address[] {
  const out: Address[] = [];
  let last = 0;
  for (let at = visible.indexOf("@"); at >= 0; at = visible.indexOf("@", at + 1)) {
    let s = at;
    while (s > 0 && isLocal(visible.charCodeAt(s - 1))) s--;
    if (s === at || s < last) continue;
    EMAIL_AT.lastIndex = s;
    const m = EMAIL_AT.exec(visible);
    if (!m) continue;
    out.push({ address: m[0], start: s, end: s + m[0].length });
    last = s + m[0].length;
  }
  return visible.includes("&") ? withEncoded(visible, out) : out;
}

/** A run of address characters and HTML character references ("&#109;&#64;acme&#46;example"), from a known start. */
const REFERENCE_RUN = /(?:&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|[A-Za-z0-9._%+@-])+/y;
const WHOLE_EMAIL = new RegExp(`^${EMAIL_AT.source}$`);

/** A character a run of address characters and references may hold. */
function inRun(c: number): boolean {
  return isLocal(c) || c === 64 || c === 38 || c === 35 || c === 59;
}

/**
 * Adds the addresses written as HTML character references, which a browser shows as the address
 * (a common guard against harvesters): the address decoded, the span as written. Only the runs
 * around an "&" are read, so a page with one "Terms & Conditions" costs next to nothing.
 */
function withEncoded(visible: string, plain: Address[]): Address[] {
  const found: Address[] = [];
  let from = 0;
  for (let amp = visible.indexOf("&"); amp >= 0; amp = visible.indexOf("&", from)) {
    let start = amp;
    while (start > 0 && amp - start < 320 && inRun(visible.charCodeAt(start - 1))) start--;
    let m: RegExpExecArray | null = null;
    for (const s of start < amp ? [start, amp] : [amp]) {
      REFERENCE_RUN.lastIndex = s;
      m = REFERENCE_RUN.exec(visible);
      if (m && s + m[0].length > amp) {
        start = s;
        break;
      }
      m = null;
    }
    from = m ? start + m[0].length : amp + 1;
    if (!m) continue;
    let address = decodeHTML(m[0]);
    let cut = address.length;
    while (cut > 0 && address.charCodeAt(cut - 1) === 46) cut--;
    address = address.slice(0, cut);
    if (address === m[0] || !WHOLE_EMAIL.test(address)) continue;
    if (!plain.some((a) => a.start < from && start < a.end)) found.push({ address, start, end: from });
  }
  return found.length ? [...plain, ...found].sort((a, b) => a.start - b.start) : plain;
}

const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu)\.[a-z]{2}$/;

/** The registrable part of an address's domain ("mail.acme.co.uk" -> "acme.co.uk"). */
export function registrableDomain(address: string): string {
  const domain = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  const labels = domain.split(".");
  const n = SECOND_LEVEL.test(labels.slice(-2).join(".")) ? 3 : 2;
  return labels.slice(-n).join(".");
}
