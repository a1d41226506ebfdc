/** E-mail addresses as a reader sees them (code spans included, comments not). */
export interface Address {
  address: string;
  start: number;
  end: number;
}

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function findAddresses(visible: string): Address[] {
  return [...visible.matchAll(EMAIL)].map((m) => ({ address: m[0], start: m.index, end: m.index + m[0].length }));
}

const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu)\.[a-z]{2}$/;

/** The registrable part of an address's domain ("mail.acme.co.uk" -> "acme.co.uk"). */
export function registrableDomain(address: string): string {
  const domain = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  const labels = domain.split(".");
  const n = SECOND_LEVEL.test(labels.slice(-2).join(".")) ? 3 : 2;
  return labels.slice(-n).join(".");
}
