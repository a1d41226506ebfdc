import { catalogParent, lookupCatalog, stripLegalSuffix } from "../catalog";
import { undeclaredCookieServices } from "../cookies/implied";
import { addProcessorFix } from "../fixes/manifest";
import type { Manifest } from "../manifest/parse";
import { overlapsMention } from "../mentions/find";
import { isSelfHostedText } from "../mentions/find";
import { leadNames } from "../policy/leadNames";
import type { RawFinding } from "../types";
import { policyFinding, type Rule } from "./rule";
import { lookalikeMentions } from "../claims/lookalikes";
import { namedAsInfrastructure } from "../claims/infrastructure";
import { msg } from "../messages";

/** A third party the policy names that the manifest lacks: a catalog service, or the lead name of a recipients entry. */
export const undeclaredProcessor: Rule = {
  id: "undeclared-processor",
  defaultSeverity: "warning",
  description: "The policy names a third party that the manifest does not list.",
  needsManifest: true,
  run(ctx) {
    const m = ctx.manifest;
    if (!m) return [];
    const out: RawFinding[] = [];
    const { linkedParents, linkedFamilies, manifestNames } = namesOf(m);
    const finding = (subject: string, start: number, end: number, fixName: string, known: boolean) => ({
      ...policyFinding("undeclared-processor", subject, msg(known ? "undeclared-processor" : "undeclared-processor.recipient", { name: subject }), start, end),
      fixes: addProcessorFix(m, fixName, lookupCatalog(fixName)),
    });
    // the controller's own name is not a third party ("Thistle & Loom Ltd" does not name Loom)
    const own = controllerRanges(ctx.doc.masked, m.controller.name);
    // a section of links to other sites names link targets, not recipients
    const inLinks = (block: number) => ctx.kindsOf(block).has("links");
    for (const x of ctx.mentions) {
      if (!x.catalog || x.processor || x.denied) continue;
      if (x.sentence >= 0 && inLinks(ctx.doc.sentences[x.sentence].block)) continue;
      if (own.some(([s, e]) => x.start >= s && x.end <= e)) continue;
      if (x.selfHosted && x.catalog.category !== "hosting" && x.catalog.category !== "cdn") continue;
      const parent = catalogParent(x.catalog);
      if (parent && linkedParents.has(parent.name)) continue;
      // the family name of products the manifest lists ("via Firebase" beside Firebase Authentication, Firestore …)
      if (linkedFamilies.has(x.catalog.name)) continue;
      if (namedAsInfrastructure(ctx, x)) continue;
      out.push(finding(x.catalog.name, x.start, x.end, x.catalog.name, true));
    }
    const controller = m.controller.name ? norm(m.controller.name) : undefined;
    const covered = (s: number, e: number) => overlapsMention(ctx.mentions, s, e);
    const leads = leadNames(ctx.doc, (b) => ctx.kindsOf(b).has("recipients") && !inLinks(b), (name) => {
      const n = norm(name);
      return manifestNames.has(n) || !!lookupCatalog(name) || (!!controller && (controller.includes(n) || n.includes(controller)));
    });
    for (const l of leads) {
      if (covered(l.start, l.end)) continue;
      const block = ctx.doc.blocks[l.block];
      if (isSelfHostedText(ctx.doc.masked.slice(block.contentStart, block.end), ctx.pack)) continue;
      out.push(finding(stripLegalSuffix(l.name), l.start, l.end, stripLegalSuffix(l.name), false));
    }
    // a known cookie in the cookie table implies its platform (`_ga` -> Google Analytics), unless the text already named it
    const named = new Set(out.map((f) => f.subject));
    for (const x of undeclaredCookieServices(ctx.doc, m)) {
      if (named.has(x.service.name)) continue;
      out.push({
        ...policyFinding("undeclared-processor", x.service.name, msg("undeclared-processor.cookie", { cookie: x.cookie.name.text, name: x.service.name }), x.cookie.nameStart, x.cookie.nameEnd),
        fixes: addProcessorFix(m, x.service.name, x.service),
      });
    }
    out.push(...lookalikeMentions(ctx));
    return out;
  },
};

const byManifest = new WeakMap<Manifest, { linkedParents: Set<string | undefined>; linkedFamilies: Set<string | undefined>; manifestNames: Set<string> }>();

/** The manifest's names, normalised, and the catalog entries they name: once per parsed manifest. */
function namesOf(m: Manifest) {
  let x = byManifest.get(m);
  if (!x) {
    const names = m.processors.flatMap((p) => [p.name, ...p.aliases]);
    const linked = names.map((n) => lookupCatalog(n)).filter((e) => !!e);
    x = {
      linkedParents: new Set(linked.map((e) => e.name)),
      linkedFamilies: new Set(linked.map((e) => catalogParent(e)?.name).filter(Boolean)),
      manifestNames: new Set(names.map(norm)),
    };
    byManifest.set(m, x);
  }
  return x;
}

function norm(n: string): string {
  return stripLegalSuffix(n).normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Where the controller's name (without its legal suffix) occurs in the text. */
function controllerRanges(text: string, name: string | undefined): [number, number][] {
  const bare = name ? stripLegalSuffix(name).trim() : "";
  if (bare.length < 2) return [];
  const pattern = bare.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "giu"))].map((x): [number, number] => [x.index, x.index + x[0].length]);
}
