// Word lists for the benchmark generator. Sentences are assembled from these at random,
// so a generated policy reads like a long real one without repeating its lines.

export const ADJ = ("secure reliable encrypted regional internal external shared anonymous aggregated pseudonymous " +
  "optional mandatory limited temporary permanent separate dedicated automated manual periodic routine detailed " +
  "technical contractual operational seasonal annual monthly weekly local central primary secondary public " +
  "private verified registered standard premium basic advanced partner affiliated certified audited redundant").split(" ");

export const NOUN = ("account booking order invoice subscription ticket message upload report profile session " +
  "dashboard workspace project newsletter survey webinar course lesson appointment reservation shipment return " +
  "refund payout contract quote review rating comment recording transcript backup export import integration " +
  "device browser app notification reminder campaign trial licence voucher receipt statement catalogue listing").split(" ");

export const VERB_ING = ("processing storing hosting analysing delivering sending encrypting backing up " +
  "monitoring routing transcribing indexing reconciling verifying scheduling archiving").split(" ");

export const PEOPLE = ("customers visitors users travellers students patients members subscribers partners " +
  "suppliers applicants employees volunteers donors tenants buyers sellers operators tutors").split(" ");

export const DATA = ("name;e-mail address;postal address;phone number;billing details;payment status;IP address;" +
  "device identifiers;browser type;language preference;time zone;order history;support messages;" +
  "uploaded files;usage events;crash reports;location at city level;date of birth;tax number;company name;" +
  "job title;login times;consent records;survey answers;voice recordings;call transcripts;calendar entries").split(";");

export const PURPOSE = ("to provide the service you asked for;to take payment and keep accounts;to answer your questions;" +
  "to keep the service secure;to prevent fraud and abuse;to send you reminders you asked for;" +
  "to improve features based on aggregated usage;to meet our legal obligations;to deliver e-mail on our behalf;" +
  "to detect and fix errors;to measure how the website is used;to verify your identity;to store backups;" +
  "to route support requests;to transcribe recorded calls;to translate help articles").split(";");

export const BASIS = ["the performance of our contract with you (Art. 6(1)(b))", "our legitimate interest in running a reliable service (Art. 6(1)(f))",
  "our legal obligation under bookkeeping law (Art. 6(1)(c))", "your consent, which you can withdraw at any time (Art. 6(1)(a))"];

export const SYL = ("kal vor ten mira sol bri dax nor quin vel ash fen lum tor ska rin mal zen oro pax wyl hav " +
  "ber gal kip lor mun nes pell rho sid tam ul vas wen yar zor ald bex cor dun eri fal").split(" ");
export const SUFFIX = "Cloud Labs Systems Analytics Mail Pay Metrics Data Works Networks Software Technologies Hosting Support Voice Forms".split(" ");
export const LEGAL = ["", "", "", " Inc.", " GmbH", " Ltd", " Oy", " AB", " B.V."];

export const CATEGORY = ["hosting", "database", "storage", "cdn", "authentication", "payments", "email", "sms", "analytics",
  "error-monitoring", "logging", "support", "ai", "transcription", "captcha", "queue", "crm", "productivity", "other"];

/** Well-known services (in the built-in catalog), so linking to catalog entries is exercised. */
export const KNOWN = [
  ["Stripe", "payments", "US"], ["Cloudflare", "cdn", "US"], ["Sentry", "error-monitoring", "US"], ["Postmark", "email", "US"],
  ["Twilio", "sms", "US"], ["Hetzner Online", "hosting", "DE"], ["PostHog", "analytics", "DE"], ["Zendesk", "support", "US"],
  ["Intercom", "support", "US"], ["HubSpot", "crm", "US"], ["Amazon Web Services", "hosting", "IE"], ["Mailgun", "email", "US"],
  ["OpenAI", "ai", "US"], ["AssemblyAI", "transcription", "US"], ["hCaptcha", "captcha", "US"], ["Plausible Analytics", "analytics", "EE"],
  ["Google Workspace", "productivity", "US"], ["Slack", "productivity", "US"], ["Datadog", "logging", "US"], ["Auth0", "authentication", "US"],
];

export const COUNTRY = { DE: "Germany", FR: "France", IE: "Ireland", NL: "the Netherlands", SE: "Sweden", FI: "Finland", EE: "Estonia",
  US: "the United States", GB: "the United Kingdom", CA: "Canada", JP: "Japan", CH: "Switzerland", SG: "Singapore", AU: "Australia" };

export const PERIODS = ["30 days", "90 days", "6 months", "12 months", "2 years", "3 years", "7 years", "14 days", "until account deletion", "10 years"];

export const TRANSFER = { US: "dpf", GB: "adequacy", CA: "adequacy", JP: "adequacy", CH: "adequacy", SG: "scc", AU: "scc" };
