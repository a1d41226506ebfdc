// Deterministic generator of benchmark inputs: a processor manifest of N processors and a
// Markdown policy of a target size with the shape of a real one (numbered sections,
// processor tables and lists, a retention list, long prose). Same seed, same bytes.
import * as W from "./words.mjs";

/** A small, fast, seedable PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), pick: (xs) => xs[Math.floor(next() * xs.length)], chance: (p) => next() < p };
  return r;
}

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const CONTROLLER = { name: "Brightvale Studio Oy", email: "privacy@brightvale.example", dpo: "dpo@brightvale.example", list: "https://brightvale.example/legal/subprocessors" };

/** A manifest of n processors (real catalog names first, then invented companies) and its retention schedule. */
export function generateManifest(n, seed = 1) {
  const r = rng(seed * 7919 + n);
  const seen = new Set();
  const processors = [];
  for (let i = 0; processors.length < n; i++) {
    let [name, category, country] = W.KNOWN[i] ?? [];
    if (!name) {
      name = `${cap(r.pick(W.SYL) + r.pick(W.SYL))} ${r.pick(W.SUFFIX)}`;
      category = r.pick(W.CATEGORY);
      const roll = r.next();
      country = roll < 0.55 ? r.pick(["DE", "FR", "IE", "NL", "SE", "FI", "EE"]) : roll < 0.85 ? "US" : r.pick(["GB", "CA", "JP", "CH", "SG", "AU"]);
    }
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const legal = r.pick(W.LEGAL);
    const retention = r.chance(0.4) ? r.pick(W.PERIODS.slice(0, 8)) : undefined;
    processors.push({ name, aliases: legal ? [name + legal] : [], category, country, retention, consent: category === "analytics", purpose: cap(r.pick(W.PURPOSE).slice(3)) });
  }
  const retention = [];
  const dataSeen = new Set();
  while (retention.length < Math.min(8 + Math.floor(n / 8), 140)) {
    const data = `${r.pick(W.ADJ)} ${r.pick(W.NOUN)} records`;
    if (dataSeen.has(data)) continue;
    dataSeen.add(data);
    retention.push({ data, period: r.pick(W.PERIODS), store: r.chance(0.3) ? r.pick(processors).name : undefined });
  }
  const y = (s) => JSON.stringify(s);
  const lines = ["# Benchmark manifest (generated)", "version: 1", "controller:", `  name: ${CONTROLLER.name}`, `  email: ${CONTROLLER.email}`,
    "  country: FI", `  dpo: ${CONTROLLER.dpo}`, "  authority: Office of the Data Protection Ombudsman", "regimes: [gdpr, ccpa]",
    "disclosure:", `  list: ${CONTROLLER.list}`, "processors:"];
  for (const p of processors) {
    lines.push(`  - name: ${y(p.name)}`);
    if (p.aliases.length) lines.push(`    aliases: [${p.aliases.map(y).join(", ")}]`);
    lines.push(`    purpose: ${y(p.purpose)}`, `    category: ${p.category}`, `    data: [${y(r.pick(W.DATA))}, ${y(r.pick(W.DATA))}]`, `    country: ${p.country}`);
    lines.push(`    transfer: ${W.TRANSFER[p.country] ?? "none"}`);
    if (p.retention) lines.push(`    retention: ${p.retention}`);
    lines.push(`    consent: ${p.consent}`);
  }
  lines.push("retention:");
  for (const e of retention) {
    lines.push(`  - data: ${y(e.data)}`, `    period: ${e.period}`);
    if (e.store) lines.push(`    store: ${y(e.store)}`);
  }
  return { text: lines.join("\n") + "\n", processors, retention };
}

/** A policy of about `bytes` characters that names the manifest's processors and retention periods. */
export function generatePolicy(bytes, manifest, seed = 1) {
  const r = rng(seed * 104729 + bytes);
  const P = manifest.processors;
  let next = 0;
  const proc = () => P[next++ % P.length];
  const where = (p) => (r.chance(0.003) ? "Japan" : W.COUNTRY[p.country] ?? p.country);
  const period = (want) => (r.chance(0.02) ? r.pick(W.PERIODS.slice(0, 8)) : want);
  const sentence = () => {
    const t = r.int(0, 9);
    const d = r.pick(W.DATA), n = r.pick(W.NOUN), a = r.pick(W.ADJ), people = r.pick(W.PEOPLE);
    switch (t) {
      case 0: return `When ${people} create a ${n}, we record the ${d} and the ${r.pick(W.DATA)} ${r.pick(W.PURPOSE)}.`;
      case 1: return `${cap(a)} ${n} data is kept apart from ${r.pick(W.ADJ)} ${r.pick(W.NOUN)} data, and only staff who need it can see it.`;
      case 2: return `We use the ${d} of ${people} ${r.pick(W.PURPOSE)}, and for nothing else.`;
      case 3: { const p = proc(); return `${p.name} supports ${r.pick(W.VERB_ING)} for ${n} features and is based in ${where(p)}.`; }
      case 4: return `${cap(people)} can change their ${d} at any time in the ${n} settings, and the change applies to every ${r.pick(W.NOUN)}.`;
      case 5: { const p = proc(), q = proc(); return `Our ${a} ${n} service relies on ${p.name} for ${r.pick(W.VERB_ING)} and on ${q.name} for ${r.pick(W.VERB_ING)}.`; }
      case 6: return `We review ${a} access to ${n} records every ${r.int(2, 12)} months and remove accounts that are no longer needed.`;
      case 7: return `Some ${n} features are ${a}, and you can switch them off without affecting your ${r.pick(W.NOUN)}.`;
      case 8: return `If a ${n} involves ${people} outside the ${r.pick(["European Economic Area", "United Kingdom", "EU"])}, we explain the safeguards in section 6.`;
      default: return `The ${d} you give us for a ${n} is needed ${r.pick(W.PURPOSE)}; without it we cannot offer the ${r.pick(W.ADJ)} ${r.pick(W.NOUN)}.`;
    }
  };
  const para = (min, max) => Array.from({ length: r.int(min, max) }, sentence).join(" ");
  const out = [];
  const push = (...xs) => { for (const x of xs) { out.push(x); size += x.length + 1; } };
  let size = 0;
  const C = CONTROLLER;
  push("# Privacy Policy", "", `${C.name} · version ${r.int(2, 9)}.${r.int(0, 9)} · last updated 2 May 2025`, "");
  push("## 1. About this policy", "", para(4, 7), "", para(3, 6), "");
  push("## 2. Who we are and how to reach us", "", `The controller is ${C.name}, Esimerkkikatu 4, 00100 Helsinki, Finland. For privacy questions and requests, write to ${C.email}.`,
    `Our data protection officer can be reached at ${C.dpo}.`, "");
  push("## 3. What personal data we collect", "");
  W.DATA.slice(0, 12).forEach((d, i) => push(`${i + 1}. **${cap(d)}:** ${sentence()}`));
  push("", "## 4. Purposes and legal bases", "");
  W.PURPOSE.slice(0, 8).forEach((p, i) => push(`${i + 1}. **${cap(p.slice(3))}**: ${r.pick(W.BASIS)}.`));
  push("", "## 5. Recipients and sub-processors", "", `We use the following sub-processors. ${para(1, 2)}`, "",
    "| Sub-processor | What they do for us | Location | Transfer safeguard |", "|---|---|---|---|");
  const tableRows = Math.min(P.length, Math.max(6, Math.floor(bytes / 1500)));
  for (let i = 0; i < tableRows; i++) { const p = proc(); push(`| ${p.name} | ${p.purpose} | ${where(p)} | ${W.TRANSFER[p.country] ? "Standard Contractual Clauses" : "Not needed (EEA)"} |`); }
  const namesAll = bytes / 900 > P.length;
  push("", namesAll ? para(2, 3) : `The complete, current list is published at [our sub-processor list](${C.list}).`, "");
  push("## 6. International transfers", "", `Where a processor is outside the EEA we rely on standard contractual clauses or an adequacy decision. ${para(2, 4)}`, "");
  push("## 7. How long we keep personal data", "", "We keep personal data only as long as we need it:", "");
  for (const e of manifest.retention.slice(0, 12)) push(`- **${cap(e.data)}:** ${period(e.period)}, then deleted.`);
  push("", "## 8. Cookies", "", "We use strictly necessary cookies to keep you signed in. Analytics cookies are set only after you accept them in the cookie banner.", "");
  push("## 9. Your rights", "", "You have the right to access your data, to rectification, to erasure, to restriction of processing, to object, and to data portability. You can withdraw consent at any time.", "");
  push("## 10. California privacy rights", "", "We describe the categories of personal information we collect in section 3. We do not sell or share personal information.",
    "California residents have the right to know, to delete, to correct and to opt out, and we will not discriminate against you for using them.", "");
  push("## 11. Complaints", "", "You can lodge a complaint with the supervisory authority, the Office of the Data Protection Ombudsman.", "");
  const tail = ["## 13. Changes to this policy", "", `We will announce material changes by e-mail. ${para(2, 3)}`, ""];
  const tailSize = tail.join("\n").length + 1;
  if (size + tailSize < bytes) push("## 12. Service-specific information", "", para(2, 4), "");
  for (let k = 1; size + tailSize < bytes; k++) {
    const product = `${cap(r.pick(W.SYL) + r.pick(W.SYL))} ${cap(r.pick(W.NOUN))}s`;
    push(`### 12.${k} ${product}`, "", para(4, 8), "", para(3, 7), "");
    if (k % 97 === 0) push(`<!-- reviewed by legal, batch ${k} -->`, "");
    push(`#### Who receives data for ${product}`, "");
    if (k % 2) {
      for (let i = r.int(4, 9); i > 0; i--) { const p = proc(); push(`- **${p.name}** (${where(p)}): ${r.pick(W.PURPOSE).slice(3)}.`); }
    } else {
      push("| Provider | Purpose | Location |", "|---|---|---|");
      for (let i = r.int(4, 9); i > 0; i--) { const p = proc(); push(`| ${p.name} | ${p.purpose} | ${where(p)} |`); }
    }
    push("", `#### How long ${product} keeps data`, "");
    for (let i = r.int(2, 5); i > 0; i--) { const e = r.pick(manifest.retention); push(`- **${cap(e.data)}:** ${period(e.period)}.`); }
    push("", para(3, 6) + (k === 7 ? " The regional contact address is still TODO." : ""), "");
  }
  push(...tail);
  return out.join("\n");
}
