/**
 * When a catalog name that is also an ordinary word ("Box", "Close", "Front", "Notion",
 * "Segment", "Loom", "Stripe") is the name of a service. Ordinary and legal English uses these
 * words in fixed phrases ("PO Box 1916", "in the box", "at the close of business", "the front
 * page"), so a capital letter alone proves little: headings, button labels and title case
 * capitalise them too. The name counts when the words around it make it a service: a verb a
 * service does after it, a way of using a service before it, a list of other services beside
 * it, the lead of a list item or table row, a link to it.
 *
 * The phrase lists are data: each language pack holds its own (packs/en.ts).
 */
import type { PolicyDoc } from "../policy/parse";



const LEAD = /^[\s*_>([]*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})[.)]\s*)?[\s*_[]*$/i;

/**
 * Whether a name at text[start, end), flagged ambiguous in the catalog, is used as a name.
 * `listed`: the manifest lists it (a capitalised use is then the processor); `inSentence`:
 * whether the sentence names another service (a list of services is context enough), asked
 * only when nothing nearer decides.
 */
export function usedAsServiceName(doc: PolicyDoc, start: number, end: number, si: number, listed: boolean, inSentence: () => boolean): boolean {
  const phrases = doc.pack.mentions.serviceContext;
  const text = doc.masked;
  const written = text.slice(start, end);
  // every word of the name as a name: "Help Scout", not "help scout" or "Help scout"
  if (!written.split(/[\s\-–.&'’/·]+/).every((w) => !w || /^[\p{Lu}\p{N}]/u.test(w))) return false;
  const s = si >= 0 ? doc.sentences[si] : undefined;
  const from = Math.max(s?.start ?? 0, start - 40);
  const before = text.slice(from, start);
  const after = text.slice(end, end + 40);
  if (phrases.notBefore.test(before) || phrases.notAfter.test(after)) return false;
  if (listed) return true;
  const block = s ? doc.blocks[s.block] : undefined;
  // a heading capitalises every word: only the name standing as the heading, or a strong sign after it, counts there
  const heading = block?.kind === "heading";
  if (phrases.after.test(after) || (!heading && phrases.before.test(before))) return true;
  if (!heading && phrases.afterWeak.test(after) && !phrases.determiner.test(before)) return true;
  if (/^\]\(|^\s*\(\s*(?:<?https?:\/\/|www\.|[\w-]+\.[a-z]{2,}\b)/i.test(after)) return true;
  if (s) {
    // the lead of a list item, a table cell or a heading, standing as a label ("- **Box**: file
    // storage", "| Box | Files |", "## Box"), not the first word of a sentence ("- Close the tab")
    if (block && (block.kind === "item" || block.kind === "row" || block.kind === "heading")) {
      const cell = block.cells?.find(([a, b]) => start >= a && start < b);
      const lead = cell?.[0] ?? (block.kind === "heading" ? block.contentStart : s.start);
      const stop = cell?.[1] ?? block.end;
      if (start - lead <= 12 && LEAD.test(text.slice(lead, start)) && /^[\s*_\]]*(?:[(:—–,;|]|-\s|$)/.test(text.slice(end, Math.min(stop, end + 6)))) return true;
    }
  }
  return inSentence();
}
