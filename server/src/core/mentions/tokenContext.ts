/**
 * What the characters joined to a name make of it. A name glued to other characters without a
 * space is part of a larger token: an e-mail address (`someone@gmail.com` names a mailbox, not
 * Gmail), an identifier (`ph_posthog_session`, `stripe_customer_id`), a hostname or a URL. A
 * service's own hostname names it (`ingest.sentry.io`, `https://js.stripe.com/v3`); a contact
 * address on its domain, a cookie name or a file path does not.
 */

export type Joined =
  /** Stands alone (spaces, punctuation or Markdown around it). */
  | "alone"
  /** The service's own host name: `sentry.io`, `eu.posthog.com`, `cdn.segment.com`. */
  | "host"
  /** Part of an address, an identifier or another host: not a mention. */
  | "inside";

/** Characters that join a name into a larger token (letters and digits are read separately). */
const JOINERS = "._@%+-/:~#?=&";
/** Top-level and common second-level labels that make "name.label" a host of the name. */
const HOST_LABELS = new Set([
  "com", "io", "net", "org", "co", "dev", "app", "ai", "eu", "de", "fr", "uk", "nl", "se", "fi", "dk", "no", "es", "it", "ch", "at",
  "be", "pl", "ie", "us", "ca", "au", "jp", "in", "cloud", "so", "sh", "me", "tech", "cc", "tv", "us", "info", "biz", "services", "js",
]);

/**
 * Hosts under which a service serves its customers' own sites or repositories: a name in
 * `acme.github.io`, `acme.netlify.app` or `github.com/acme/site` is the address of someone's
 * site on that service, not a mention of the service as a recipient.
 */
const CUSTOMER_SITE_DOMAINS = [
  "github.io", "gitlab.io", "netlify.app", "vercel.app", "herokuapp.com", "pages.dev", "web.app", "firebaseapp.com",
  "readthedocs.io", "gitbook.io", "surge.sh", "onrender.com", "azurewebsites.net", "wordpress.com", "blogspot.com",
  "substack.com", "notion.site", "webflow.io", "framer.website", "fly.dev", "glitch.me",
];
/** Code hosts whose URLs with a path (`github.com/owner/repo`) point at a repository or a profile. */
const CODE_HOSTS = new Set(["github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sr.ht", "git.sr.ht"]);

/** Whether the token is the address of a customer's site or repository on a service's domain. */
function isCustomerAddress(token: string): boolean {
  const scheme = token.indexOf("://");
  const rest = token.slice(scheme >= 0 ? scheme + 3 : 0);
  const slash = rest.indexOf("/");
  const host = (slash >= 0 ? rest.slice(0, slash) : rest).toLowerCase().replace(/^www\./, "");
  if (CUSTOMER_SITE_DOMAINS.some((d) => host.length > d.length + 1 && host.endsWith(`.${d}`))) return true;
  return CODE_HOSTS.has(host) && slash >= 0 && /[\p{L}\p{N}]/u.test(rest.slice(slash + 1));
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 128 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
}

function isJoined(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return isWordChar(c) || JOINERS.includes(text[i]);
}

/** How the name at text[start, end) is joined to the characters around it. */
export function joinedContext(text: string, start: number, end: number): Joined {
  // the token the name sits in; a trailing dot, hyphen or colon is punctuation, not part of it
  let a = start;
  while (isJoined(text, a - 1)) a--;
  let b = end;
  while (isJoined(text, b)) b++;
  while (b > end && ".-:/?#&=~+%_".includes(text[b - 1])) b--;
  while (a < start && ".-:/?#&=~+%@_".includes(text[a])) a++;
  if (a === start && b === end) return "alone";
  const before = text.slice(a, start);
  const after = text.slice(end, b);
  if (before.includes("@") || after.includes("@")) return "inside";
  if (isCustomerAddress(text.slice(a, b))) return "inside";
  // an underscore between words joins an identifier (`ph_posthog_id`); one at a word's edge is emphasis (`_Stripe_`)
  if ((text[start - 1] === "_" && start - 1 > a) || (text[end] === "_" && end + 1 < b)) return "inside";
  // in a URL, only the host part can name the service
  const scheme = before.indexOf("://");
  const hostStart = scheme >= 0 ? scheme + 3 : 0;
  if (before.slice(hostStart).includes("/")) {
    // "Google/Facebook" in prose is two names side by side, not a path
    if (scheme >= 0 || /[\p{L}\p{N}]\.[\p{L}]{2,}\//u.test(before)) return "inside";
  }
  const name = text.slice(start, end);
  const joinedAfter = after.length > 0 && !"/".includes(after[0]);
  if (!joinedAfter) {
    // the name ends its host: it must be a domain itself ("fly.io", "api.fly.io")
    if (before && before[before.length - 1] !== "/" && !before.endsWith("://")) return name.includes(".") ? "host" : hostLikeBefore(before) ? "inside" : "alone";
    return name.includes(".") ? "host" : "alone";
  }
  if (after[0] === ".") {
    const label = /^\.([\p{L}\p{N}]+)/u.exec(after)?.[1]?.toLowerCase();
    if (label && HOST_LABELS.has(label)) return "host";
    return "inside";
  }
  // "-" continues a word ("Stripe-hosted", "PostHog-like"); anything else glued after is a token of its own
  if (after[0] === "-") return "alone";
  return "inside";
}

/** Whether the text glued before a name makes it the tail of a dotted identifier ("acme.posthog"). */
function hostLikeBefore(before: string): boolean {
  const c = before[before.length - 1];
  if (c === "-") return false;
  return c === "." || c === "_" || c === "@" || c === ":" || c === "#" || c === "=" || c === "?" || c === "&" || c === "~" || c === "%" || c === "+";
}
