/**
 * Every message a person reads from the analysis (findings, fix titles, the names inside them),
 * in one place, keyed by a stable id with the English text as the default. `{name}` slots are
 * filled by `msg()`. The German and French texts live in l10n/bundle.l10n.de.json and
 * bundle.l10n.fr.json, keyed by the English text as VS Code's localisation expects; a test
 * fails when one of them lacks an entry. Rule ids, subjects and JSON keys never go through here.
 */
export const MESSAGES = {
  // lists and small words
  "list.and": "{first} and {last}",
  "list.or": "{first} or {last}",
  "count.day.one": "{n} day",
  "count.day.other": "{n} days",
  "count.error.one": "{n} error",
  "count.error.other": "{n} errors",
  "count.warning.one": "{n} warning",
  "count.warning.other": "{n} warnings",
  "cli.summary.one": "{errors}, {warnings}, {info} info in {files} file checked",
  "cli.summary.other": "{errors}, {warnings}, {info} info in {files} files checked",
  "regime.gdpr": "the GDPR",
  "regime.uk-gdpr": "the UK GDPR",
  "regime.ccpa": "the CCPA",
  "region.EU": "the EU",
  "region.EEA": "the EEA",

  // disclosure titles (as a missing-section finding names them)
  "disclosure.controller": "who the controller is",
  "disclosure.purposes": "purposes of processing",
  "disclosure.legal-basis": "legal bases",
  "disclosure.recipients": "recipients",
  "disclosure.transfers": "international transfers",
  "disclosure.retention": "retention",
  "disclosure.rights": "data subject rights",
  "disclosure.withdraw-consent": "withdrawing consent",
  "disclosure.complaint": "complaint to a supervisory authority",
  "disclosure.dpo": "data protection officer",
  "disclosure.ccpa-categories": "categories of personal information",
  "disclosure.ccpa-sale": "sale or sharing of personal information",
  "disclosure.ccpa-rights": "California privacy rights",
  "disclosure.ccpa-non-discrimination": "non-discrimination",
  "disclosure.last-updated": "last updated date",

  // missing-section
  "missing-section": "Missing disclosure: {title} ({citation}), required under {regimes}.",
  "missing-section.no-translation": "Missing disclosure: {title} ({citation}), required under {regimes}. No {language} clause exists for it, so no text is offered; write it in the policy's language.",
  "fix.insert-clause": "Insert the \"{heading}\" clause ({citation})",
  "fix.insert-last-updated": "Insert a \"Last updated\" date",

  // undisclosed-processor
  "undisclosed-processor": "{name} is in the manifest but the policy never names it.",
  "undisclosed-processor.purpose": "{name} is in the manifest but the policy never names it (used for: {purpose}).",

  // undeclared-processor
  "undeclared-processor": "The policy names {name}, but processors.yaml does not list it.",
  "undeclared-processor.recipient": "The policy names {name} as a recipient, but processors.yaml does not list it.",
  "undeclared-processor.cookie": "The cookie table lists {cookie}, a cookie of {name}, but processors.yaml does not list {name}.",
  "undeclared-processor.lookalike": "\"{written}\" looks like {name} but contains {chars}; it does not count as {name}. Type the name in plain letters.",
  "fix.add-to-manifest": "Add {name} to the manifest",
  "fix.add-recipient": "Add {name} to the recipients section",
  "fix.replace-with": "Replace with {text}",

  // retention-mismatch
  "retention-mismatch": "The policy gives {written} for {name}, but the manifest says {want}.",
  "fix.policy-period": "Change the policy to {period} (as in the manifest)",
  "fix.manifest-period": "Change the manifest to {period} (as in the policy)",

  // country-mismatch, transfer-contradiction
  "country-mismatch": "The policy places {name} in {said}, but the manifest says {want} ({codes}).",
  "transfer-contradiction": "The policy says personal data stays in {region}, but {name} processes it in {countries}.",

  // consent-contradiction
  "consent-contradiction.category": "The policy says \"{quote}\", but the manifest lists {name} ({category}).",
  "consent-contradiction.consent-false": "The policy says {name} is used only with consent, but the manifest has consent: false for it.",
  "consent-contradiction.cookie": "The policy says \"{quote}\", but processors.yaml declares the {purpose} cookie {cookie}.",
  "consent-contradiction.cookie-of": "The policy says \"{quote}\", but processors.yaml declares the {purpose} cookie {cookie} ({name}).",

  // placeholder
  "placeholder": "Unfinished text: {what}.",
  "placeholder.hidden-email": "\"{text}\" is what a web page shows for a hidden e-mail address; write the address",
  "placeholder.hidden-email-known": "\"{text}\" is what a web page shows for a hidden e-mail address; write the address ({email})",
  "placeholder.filler": "\"{text}\" is filler text",
  "placeholder.marker": "\"{text}\" marks text still to be written",
  "placeholder.fill-in": "{text} is a fill-in from a template",
  "placeholder.unclosed-comment": "this HTML comment is never closed with -->, so everything after it is hidden from readers and from these checks",
  "placeholder.unclosed-code": "this code block is never closed with {marker}, so everything after it is hidden from readers and from these checks",
  "placeholder.template": "the template variable {text} was never filled in",
  "placeholder.template-filter": "the template variable {text} is not filled in: its filter failed ({error})",
  "placeholder.template-undefined": "the template variable {text} is not filled in: {name} is not defined in {searched}",
  "placeholder.site-files": "the site's files",

  // contact-mismatch
  "contact-mismatch.email": "The policy never gives the controller's privacy contact {email} (from the manifest).",
  "contact-mismatch.dpo": "The manifest names {email} as the data protection officer, but the policy never gives it.",
  "contact-mismatch.domain": "{address} is given as a privacy contact, but the controller's address in the manifest is {email} (another domain).",
  "fix.add-line": "Add: \"{line}\"",

  // stale-date
  "stale-date.missing": "The policy has no \"last updated\" or \"effective\" date.",
  "stale-date.unreadable": "\"{text}\" is not a date Policywright can read; write it like \"{example}\" or \"2025-05-02\".",
  "stale-date.future": "The \"last updated\" date {text} is in the future.",
  "stale-date.older": "The policy was last updated {text}, but the manifest changed on {changed}; review the policy and update the date.",
  "fix.date-today": "Set the date to today ({date})",

  // notice-period
  "notice-period.promise": "disclosure.notice_days promises customers {days}' notice",
  "notice-period.added": "it was added to the manifest on {date} ({commit})",
  "notice-period.uncommitted": "it is not committed yet, so customers hear of it on {date} at the earliest",
  "notice-period.no-since": "{name} has no since date, but {promise}; add the date it starts processing ({when}).",
  "notice-period.first-listed": "when the manifest first listed it",
  "notice-period.after-added": "{days} after it was added",
  "notice-period.after-today": "{days} after today",
  "notice-period.added.same": "{name} starts on {since}, the same day it was added to the manifest on {date} ({commit}), but {promise}; the first date that keeps the promise is {first}.",
  "notice-period.added.after": "{name} starts on {since}, {days} after it was added to the manifest on {date} ({commit}), but {promise}; the first date that keeps the promise is {first}.",
  "notice-period.added.before": "{name} starts on {since}, {days} before it was added to the manifest on {date} ({commit}), but {promise}; the first date that keeps the promise is {first}.",
  "notice-period.today.same": "{name} starts on {since}, the same day today ({date}), and it is not committed yet, but {promise}; the first date that keeps the promise is {first}.",
  "notice-period.today.after": "{name} starts on {since}, {days} after today ({date}), and it is not committed yet, but {promise}; the first date that keeps the promise is {first}.",
  "notice-period.today.before": "{name} starts on {since}, {days} before today ({date}), and it is not committed yet, but {promise}; the first date that keeps the promise is {first}.",
  "fix.set-since-added": "Set since to {date} ({days} after it was added)",
  "fix.set-since-today": "Set since to {date} ({days} after it was committed today)",
  "fix.add-since": "Add since: {date} ({why})",

  // site-config
  "site-config.parse": "{file} does not parse (line {line}): {problem}. Its variables count as unresolved.",
  "site-config.include": "The include {file} was not read: {problem}.",

  // generated-block-stale
  "generated-block-stale": "The generated {kind} block is out of date with the manifest: {what}.",
  "generated-block-stale.edited": "The generated {kind} block is out of date with the manifest: {what}. Edits between the markers are replaced; keep your own wording outside them.",
  "fix.regenerate": "Regenerate the {kind} block from the manifest",

  // cookie-mismatch
  "cookie-mismatch.undeclared": "The cookie table lists {cookie}, but processors.yaml does not declare it under cookies.",
  "cookie-mismatch.unlisted": "processors.yaml declares the cookie {cookie}, but the policy's cookie table does not list it.",
  "cookie-mismatch.lifetime": "The cookie table gives {cookie} a lifetime of {written}, but processors.yaml says {want}.",
  "cookie-mismatch.necessary": "The policy counts {cookie} as strictly necessary, but processors.yaml gives its purpose as {purpose}.",
  "cookie-mismatch.without-consent": "The policy says {cookie} is set without consent, but processors.yaml sets it only with consent.",
  "cookie-mismatch.without-consent-purpose": "The policy says {cookie} is set without consent, but processors.yaml sets it only with consent (purpose {purpose}).",
  "fix.cookie-category": "Change the category to {category} (as in the manifest)",
  "fix.add-cookie-row": "Add {cookie} to the policy's cookie table",
  "fix.add-manifest-cookie": "Add {cookie} to the manifest's cookies",
  "fix.draft-cookies": "Draft the manifest's cookies: from the policy's cookie table",

  // the preview's cookie view
  "preview.cookies.title": "Cookies",
  "preview.cookies.badge": "to check",
  "preview.cookies.column.cookie": "Cookie",
  "preview.cookies.column.status": "Status",
  "preview.cookies.column.policy": "The policy says",
  "preview.cookies.column.manifest": "The manifest says",
  "preview.cookies.status.both": "in both",
  "preview.cookies.status.only-manifest": "only in the manifest",
  "preview.cookies.status.only-policy": "only in the policy",
  "preview.cookies.status.mismatch": "differs: {what}",
  "preview.cookies.differs.lifetime": "lifetime",
  "preview.cookies.differs.category": "category",
  "preview.cookies.differs.consent": "consent",
  "preview.cookies.consent.needed": "only after consent",
  "preview.cookies.consent.not-needed": "no consent",
  "preview.cookies.consent.without": "set without consent",
  "preview.cookies.cell.not-listed": "not listed",
  "preview.cookies.cell.not-declared": "not declared",
  "preview.cookies.not-declared": "processors.yaml has no cookies: section yet, so cookies are not compared. The quick fix on the policy's cookie table drafts one.",
  "preview.cookies.no-table": "The policy has no cookie table: the cookies below are declared but not listed.",
  "preview.cookies.empty": "The manifest's cookies: section is empty.",

  // unsupported-language
  "unsupported-language.bad-tag": "The front matter's lang \"{tag}\" is not a language tag (write one such as \"de\", \"fr-CH\" or \"en-GB\"); the policy is read as {language} ({reason}).",
  "unsupported-language": "This policy is in {language} ({reason}). Policywright reads {supported}: the checks that depend on language (missing sections, retention periods, transfers, consent, countries and dates) did not run; names, contacts, placeholders and the manifest were checked.",

  // the policy's language and why it was chosen (findings, status bar, preview)
  "language.label": "{language} ({reason})",
  "language-reason.front-matter": "from the front matter",
  "language-reason.setting": "from the setting policywright.language",
  "language-reason.file-name": "from the file name",
  "language-reason.folder": "from the folder name",
  "language-reason.detected": "detected from the text",
  "language-reason.default": "the default",

  // front matter, suppressions, the analysis itself
  "front-matter.ignored": "{problem}; its settings (manifest, regimes) are ignored.",
  "unknown-rule": "Unknown rule '{name}' in a policywright comment; known rules: {rules}.",
} as const;

export type MessageKey = keyof typeof MESSAGES;
