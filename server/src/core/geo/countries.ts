import { editDistance } from "../text/editDistance";
/**
 * Country and region data for manifests and policy prose: ISO 3166-1 codes,
 * EU/EEA membership, suggestions for mistyped manifest values, and a scanner
 * that finds where English text names a country or region.
 */

/**
 * alpha-2, alpha-3, display name, then other names people write. Alternates
 * feed both the suggester and the prose scanner, so keep them to forms that
 * unambiguously mean this country.
 */
type Row = readonly [alpha2: string, alpha3: string, name: string, ...alternates: string[]];

const ROWS: readonly Row[] = [
  ["AD", "AND", "Andorra"],
  ["AE", "ARE", "United Arab Emirates", "UAE", "U.A.E."],
  ["AF", "AFG", "Afghanistan"],
  ["AG", "ATG", "Antigua and Barbuda", "Antigua"],
  ["AI", "AIA", "Anguilla"],
  ["AL", "ALB", "Albania"],
  ["AM", "ARM", "Armenia"],
  ["AO", "AGO", "Angola"],
  ["AQ", "ATA", "Antarctica"],
  ["AR", "ARG", "Argentina"],
  ["AS", "ASM", "American Samoa"],
  ["AT", "AUT", "Austria"],
  ["AU", "AUS", "Australia"],
  ["AW", "ABW", "Aruba"],
  ["AX", "ALA", "Åland Islands", "Åland"],
  ["AZ", "AZE", "Azerbaijan"],
  ["BA", "BIH", "Bosnia and Herzegovina", "Bosnia"],
  ["BB", "BRB", "Barbados"],
  ["BD", "BGD", "Bangladesh"],
  ["BE", "BEL", "Belgium"],
  ["BF", "BFA", "Burkina Faso"],
  ["BG", "BGR", "Bulgaria"],
  ["BH", "BHR", "Bahrain"],
  ["BI", "BDI", "Burundi"],
  ["BJ", "BEN", "Benin"],
  ["BL", "BLM", "Saint Barthélemy", "St Barts", "St Barths"],
  ["BM", "BMU", "Bermuda"],
  ["BN", "BRN", "Brunei", "Brunei Darussalam"],
  ["BO", "BOL", "Bolivia"],
  ["BQ", "BES", "Caribbean Netherlands", "Bonaire, Sint Eustatius and Saba", "Bonaire"],
  ["BR", "BRA", "Brazil"],
  ["BS", "BHS", "Bahamas", "The Bahamas"],
  ["BT", "BTN", "Bhutan"],
  ["BV", "BVT", "Bouvet Island"],
  ["BW", "BWA", "Botswana"],
  ["BY", "BLR", "Belarus"],
  ["BZ", "BLZ", "Belize"],
  ["CA", "CAN", "Canada"],
  ["CC", "CCK", "Cocos (Keeling) Islands", "Cocos Islands", "Keeling Islands"],
  ["CD", "COD", "DR Congo", "Democratic Republic of the Congo", "Congo-Kinshasa"],
  ["CF", "CAF", "Central African Republic"],
  ["CG", "COG", "Republic of the Congo", "Congo", "Congo-Brazzaville"],
  ["CH", "CHE", "Switzerland"],
  ["CI", "CIV", "Côte d'Ivoire", "Ivory Coast"],
  ["CK", "COK", "Cook Islands"],
  ["CL", "CHL", "Chile"],
  ["CM", "CMR", "Cameroon"],
  ["CN", "CHN", "China", "People's Republic of China", "Mainland China"],
  ["CO", "COL", "Colombia"],
  ["CR", "CRI", "Costa Rica"],
  ["CU", "CUB", "Cuba"],
  ["CV", "CPV", "Cabo Verde", "Cape Verde"],
  ["CW", "CUW", "Curaçao"],
  ["CX", "CXR", "Christmas Island"],
  ["CY", "CYP", "Cyprus"],
  ["CZ", "CZE", "Czechia", "Czech Republic"],
  ["DE", "DEU", "Germany", "Federal Republic of Germany"],
  ["DJ", "DJI", "Djibouti"],
  ["DK", "DNK", "Denmark"],
  ["DM", "DMA", "Dominica"],
  ["DO", "DOM", "Dominican Republic"],
  ["DZ", "DZA", "Algeria"],
  ["EC", "ECU", "Ecuador"],
  ["EE", "EST", "Estonia"],
  ["EG", "EGY", "Egypt"],
  ["EH", "ESH", "Western Sahara"],
  ["ER", "ERI", "Eritrea"],
  ["ES", "ESP", "Spain"],
  ["ET", "ETH", "Ethiopia"],
  ["FI", "FIN", "Finland"],
  ["FJ", "FJI", "Fiji"],
  ["FK", "FLK", "Falkland Islands", "Falklands"],
  ["FM", "FSM", "Micronesia", "Federated States of Micronesia"],
  ["FO", "FRO", "Faroe Islands", "Faeroe Islands", "Faroes"],
  ["FR", "FRA", "France"],
  ["GA", "GAB", "Gabon"],
  [
    "GB", "GBR", "United Kingdom", "UK", "U.K.", "Great Britain", "Britain", "England", "Scotland",
    "Wales", "Northern Ireland", "United Kingdom of Great Britain and Northern Ireland",
  ],
  ["GD", "GRD", "Grenada"],
  ["GE", "GEO", "Georgia"],
  ["GF", "GUF", "French Guiana"],
  ["GG", "GGY", "Guernsey"],
  ["GH", "GHA", "Ghana"],
  ["GI", "GIB", "Gibraltar"],
  ["GL", "GRL", "Greenland"],
  ["GM", "GMB", "Gambia", "The Gambia"],
  ["GN", "GIN", "Guinea"],
  ["GP", "GLP", "Guadeloupe"],
  ["GQ", "GNQ", "Equatorial Guinea"],
  ["GR", "GRC", "Greece", "Hellenic Republic"],
  ["GS", "SGS", "South Georgia and the South Sandwich Islands", "South Georgia"],
  ["GT", "GTM", "Guatemala"],
  ["GU", "GUM", "Guam"],
  ["GW", "GNB", "Guinea-Bissau"],
  ["GY", "GUY", "Guyana"],
  ["HK", "HKG", "Hong Kong"],
  ["HM", "HMD", "Heard Island and McDonald Islands"],
  ["HN", "HND", "Honduras"],
  ["HR", "HRV", "Croatia"],
  ["HT", "HTI", "Haiti"],
  ["HU", "HUN", "Hungary"],
  ["ID", "IDN", "Indonesia"],
  ["IE", "IRL", "Ireland", "Republic of Ireland", "Éire"],
  ["IL", "ISR", "Israel"],
  ["IM", "IMN", "Isle of Man"],
  ["IN", "IND", "India"],
  ["IO", "IOT", "British Indian Ocean Territory"],
  ["IQ", "IRQ", "Iraq"],
  ["IR", "IRN", "Iran"],
  ["IS", "ISL", "Iceland"],
  ["IT", "ITA", "Italy"],
  ["JE", "JEY", "Jersey"],
  ["JM", "JAM", "Jamaica"],
  ["JO", "JOR", "Jordan"],
  ["JP", "JPN", "Japan"],
  ["KE", "KEN", "Kenya"],
  ["KG", "KGZ", "Kyrgyzstan", "Kyrgyz Republic"],
  ["KH", "KHM", "Cambodia"],
  ["KI", "KIR", "Kiribati"],
  ["KM", "COM", "Comoros"],
  ["KN", "KNA", "Saint Kitts and Nevis"],
  ["KP", "PRK", "North Korea", "Democratic People's Republic of Korea"],
  ["KR", "KOR", "South Korea", "Korea", "Republic of Korea"],
  ["KW", "KWT", "Kuwait"],
  ["KY", "CYM", "Cayman Islands"],
  ["KZ", "KAZ", "Kazakhstan"],
  ["LA", "LAO", "Laos"],
  ["LB", "LBN", "Lebanon"],
  ["LC", "LCA", "Saint Lucia"],
  ["LI", "LIE", "Liechtenstein"],
  ["LK", "LKA", "Sri Lanka"],
  ["LR", "LBR", "Liberia"],
  ["LS", "LSO", "Lesotho"],
  ["LT", "LTU", "Lithuania"],
  ["LU", "LUX", "Luxembourg"],
  ["LV", "LVA", "Latvia"],
  ["LY", "LBY", "Libya"],
  ["MA", "MAR", "Morocco"],
  ["MC", "MCO", "Monaco"],
  ["MD", "MDA", "Moldova"],
  ["ME", "MNE", "Montenegro"],
  ["MF", "MAF", "Saint Martin"],
  ["MG", "MDG", "Madagascar"],
  ["MH", "MHL", "Marshall Islands"],
  ["MK", "MKD", "North Macedonia", "Macedonia"],
  ["ML", "MLI", "Mali"],
  ["MM", "MMR", "Myanmar", "Burma"],
  ["MN", "MNG", "Mongolia"],
  ["MO", "MAC", "Macao", "Macau"],
  ["MP", "MNP", "Northern Mariana Islands"],
  ["MQ", "MTQ", "Martinique"],
  ["MR", "MRT", "Mauritania"],
  ["MS", "MSR", "Montserrat"],
  ["MT", "MLT", "Malta"],
  ["MU", "MUS", "Mauritius"],
  ["MV", "MDV", "Maldives"],
  ["MW", "MWI", "Malawi"],
  ["MX", "MEX", "Mexico"],
  ["MY", "MYS", "Malaysia"],
  ["MZ", "MOZ", "Mozambique"],
  ["NA", "NAM", "Namibia"],
  ["NC", "NCL", "New Caledonia"],
  ["NE", "NER", "Niger"],
  ["NF", "NFK", "Norfolk Island"],
  ["NG", "NGA", "Nigeria"],
  ["NI", "NIC", "Nicaragua"],
  ["NL", "NLD", "Netherlands", "the Netherlands", "Holland"],
  ["NO", "NOR", "Norway"],
  ["NP", "NPL", "Nepal"],
  ["NR", "NRU", "Nauru"],
  ["NU", "NIU", "Niue"],
  ["NZ", "NZL", "New Zealand"],
  ["OM", "OMN", "Oman"],
  ["PA", "PAN", "Panama"],
  ["PE", "PER", "Peru"],
  ["PF", "PYF", "French Polynesia"],
  ["PG", "PNG", "Papua New Guinea"],
  ["PH", "PHL", "Philippines"],
  ["PK", "PAK", "Pakistan"],
  ["PL", "POL", "Poland"],
  ["PM", "SPM", "Saint Pierre and Miquelon"],
  ["PN", "PCN", "Pitcairn Islands", "Pitcairn"],
  ["PR", "PRI", "Puerto Rico"],
  ["PS", "PSE", "Palestine", "State of Palestine"],
  ["PT", "PRT", "Portugal"],
  ["PW", "PLW", "Palau"],
  ["PY", "PRY", "Paraguay"],
  ["QA", "QAT", "Qatar"],
  ["RE", "REU", "Réunion"],
  ["RO", "ROU", "Romania"],
  ["RS", "SRB", "Serbia"],
  ["RU", "RUS", "Russia", "Russian Federation"],
  ["RW", "RWA", "Rwanda"],
  ["SA", "SAU", "Saudi Arabia"],
  ["SB", "SLB", "Solomon Islands"],
  ["SC", "SYC", "Seychelles"],
  ["SD", "SDN", "Sudan"],
  ["SE", "SWE", "Sweden"],
  ["SG", "SGP", "Singapore"],
  ["SH", "SHN", "Saint Helena", "Saint Helena, Ascension and Tristan da Cunha"],
  ["SI", "SVN", "Slovenia"],
  ["SJ", "SJM", "Svalbard and Jan Mayen", "Svalbard"],
  ["SK", "SVK", "Slovakia", "Slovak Republic"],
  ["SL", "SLE", "Sierra Leone"],
  ["SM", "SMR", "San Marino"],
  ["SN", "SEN", "Senegal"],
  ["SO", "SOM", "Somalia"],
  ["SR", "SUR", "Suriname"],
  ["SS", "SSD", "South Sudan"],
  ["ST", "STP", "São Tomé and Príncipe"],
  ["SV", "SLV", "El Salvador"],
  ["SX", "SXM", "Sint Maarten"],
  ["SY", "SYR", "Syria"],
  ["SZ", "SWZ", "Eswatini", "Swaziland"],
  ["TC", "TCA", "Turks and Caicos Islands", "Turks and Caicos"],
  ["TD", "TCD", "Chad"],
  ["TF", "ATF", "French Southern Territories"],
  ["TG", "TGO", "Togo"],
  ["TH", "THA", "Thailand"],
  ["TJ", "TJK", "Tajikistan"],
  ["TK", "TKL", "Tokelau"],
  ["TL", "TLS", "Timor-Leste", "East Timor"],
  ["TM", "TKM", "Turkmenistan"],
  ["TN", "TUN", "Tunisia"],
  ["TO", "TON", "Tonga"],
  ["TR", "TUR", "Türkiye", "Turkey"],
  ["TT", "TTO", "Trinidad and Tobago", "Trinidad"],
  ["TV", "TUV", "Tuvalu"],
  ["TW", "TWN", "Taiwan"],
  ["TZ", "TZA", "Tanzania"],
  ["UA", "UKR", "Ukraine"],
  ["UG", "UGA", "Uganda"],
  ["UM", "UMI", "United States Minor Outlying Islands", "U.S. Minor Outlying Islands"],
  [
    "US", "USA", "United States", "United States of America", "America", "US", "USA", "U.S.",
    "U.S.A.", "U.S.A",
  ],
  ["UY", "URY", "Uruguay"],
  ["UZ", "UZB", "Uzbekistan"],
  ["VA", "VAT", "Vatican City", "Vatican", "Holy See"],
  ["VC", "VCT", "Saint Vincent and the Grenadines"],
  ["VE", "VEN", "Venezuela"],
  ["VG", "VGB", "British Virgin Islands"],
  ["VI", "VIR", "U.S. Virgin Islands", "US Virgin Islands", "United States Virgin Islands"],
  ["VN", "VNM", "Vietnam", "Viet Nam"],
  ["VU", "VUT", "Vanuatu"],
  ["WF", "WLF", "Wallis and Futuna"],
  ["WS", "WSM", "Samoa"],
  ["YE", "YEM", "Yemen"],
  ["YT", "MYT", "Mayotte"],
  ["ZA", "ZAF", "South Africa"],
  ["ZM", "ZMB", "Zambia"],
  ["ZW", "ZWE", "Zimbabwe"],
];

/** Region pseudo-codes the manifest accepts alongside countries, with the names prose uses for them. */
const REGION_FORMS: Readonly<Record<string, readonly string[]>> = {
  EU: ["European Union", "EU", "E.U.", "Europe"],
  EEA: ["European Economic Area", "EEA"],
};

/**
 * Cities and states that name where cloud regions and data centres are ("AWS's Frankfurt
 * region", "servers in Falkenstein", "us-east-1 in Northern Virginia"): proper names, the same
 * in every language that writes them in Latin letters, so they place a processor in a country.
 */
export const DATA_CENTRE_PLACES: Readonly<Record<string, readonly string[]>> = {
  DE: ["Frankfurt", "Frankfurt am Main", "Falkenstein", "Nuremberg", "Nürnberg", "Munich", "München", "Berlin", "Hamburg", "Düsseldorf"],
  IE: ["Dublin"],
  GB: ["London", "Manchester"],
  FR: ["Paris", "Roubaix", "Gravelines", "Strasbourg", "Marseille"],
  NL: ["Amsterdam", "Eemshaven"],
  BE: ["St. Ghislain", "Saint-Ghislain"],
  SE: ["Stockholm"],
  FI: ["Helsinki", "Hamina"],
  CH: ["Zurich", "Zürich", "Geneva", "Genève"],
  IT: ["Milan", "Milano"],
  ES: ["Madrid"],
  PL: ["Warsaw"],
  AT: ["Vienna", "Wien"],
  US: ["Virginia", "Northern Virginia", "Ohio", "Oregon", "Iowa", "Ashburn", "California", "Northern California", "South Carolina", "Texas"],
  CA: ["Montreal", "Montréal", "Toronto"],
  JP: ["Tokyo", "Osaka"],
  AU: ["Sydney", "Melbourne"],
  IN: ["Mumbai", "Hyderabad"],
  KR: ["Seoul"],
  BR: ["São Paulo", "Sao Paulo"],
};

/** The data-centre places as [code, form] pairs, for a language pack's country forms. */
export function dataCentrePlaceForms(): Array<[code: string, form: string]> {
  return Object.entries(DATA_CENTRE_PLACES).flatMap(([code, places]) => places.map((p): [string, string] => [code, p]));
}

/**
 * Phrases that contain a country name but do not mean that country. Matching
 * them as a whole swallows the inner name, which is cheaper and more reliable
 * than look-behind rules per name.
 */
const NOT_A_COUNTRY: readonly string[] = [
  "North America", "South America", "Latin America", "Central America", "New Jersey",
  "New Mexico", "New England", "New South Wales", "New Guinea", "Council of Europe",
  // Both the British and the US islands go by this; guessing would be wrong half the time.
  "Virgin Islands",
];

/**
 * Names that are also ordinary English words or common names ("turkey",
 * "china", "chad", "guinea pig"), so in prose only the capitalised (or
 * shouted) form counts.
 */
export const ENGLISH_ORDINARY_WORDS: ReadonlySet<string> = new Set([
  "Bermuda", "Chad", "Chile", "China", "Curacao", "Curaçao", "Georgia", "Guernsey", "Guinea",
  "Japan", "Jersey", "Jordan", "Morocco", "Panama", "Reunion", "Turkey",
]);

/** Codes people write that ISO never assigned (or reserved for something else), mapped to what they meant. */
const COMMON_MISTAKES: Readonly<Record<string, string>> = {
  UK: "GB", // ISO keeps UK exceptionally reserved; manifests still use it constantly.
  EL: "GR", // The EU's own code for Greece.
};

/**
 * Every officially assigned ISO 3166-1 alpha-2 code mapped to its common
 * English short name, suitable for messages ("transfers to South Korea").
 */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(ROWS.map(([alpha2, , name]) => [alpha2, name])),
);

/** The 27 member states of the European Union. */
export const EU_MEMBERS: ReadonlySet<string> = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
  "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]);

/** The European Economic Area: the EU plus Iceland, Liechtenstein and Norway. */
export const EEA_MEMBERS: ReadonlySet<string> = new Set([...EU_MEMBERS, "IS", "LI", "NO"]);

const ALPHA3_TO_ALPHA2: ReadonlyMap<string, string> = new Map(
  ROWS.map(([alpha2, alpha3]) => [alpha3, alpha2]),
);

/**
 * True when `code` is an assigned ISO 3166-1 alpha-2 code, written exactly
 * (upper case). "EU", "UK" and "gb" are not.
 */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && Object.prototype.hasOwnProperty.call(COUNTRY_NAMES, code);
}

/**
 * True when `region` covers `code`: the same code, a member of the EU or EEA,
 * or the EU itself inside the EEA.
 */
export function regionContains(region: string, code: string): boolean {
  if (region === code) return true;
  if (region === "EU") return EU_MEMBERS.has(code);
  if (region === "EEA") return code === "EU" || EEA_MEMBERS.has(code);
  return false;
}

/**
 * Human-readable name for a country or region code, ready to drop into a
 * sentence ("the EU", "Germany"). Unknown codes come back unchanged so a
 * message never loses the value the user wrote.
 */
export function countryName(code: string): string {
  if (code === "EU") return "the EU";
  if (code === "EEA") return "the EEA";
  return Object.prototype.hasOwnProperty.call(COUNTRY_NAMES, code) ? COUNTRY_NAMES[code]! : code;
}

// ---------------------------------------------------------------------------
// Name variants shared by the suggester and the prose scanner

function stripDiacritics(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC");
}

/** Spellings people actually type for one name: "&" for "and", "St." for "Saint", no accents. */
function variants(form: string): string[] {
  const out = new Set<string>([form]);
  if (form.includes(" and ")) out.add(form.replace(/ and /g, " & "));
  for (const f of [...out]) {
    if (f.startsWith("Saint ")) {
      out.add(`St. ${f.slice(6)}`);
      out.add(`St ${f.slice(6)}`);
    }
  }
  for (const f of [...out]) out.add(stripDiacritics(f));
  return [...out];
}

/** Every English (code, name) pair; code null marks phrases that must not count. */
export function englishCountryForms(): Array<[code: string | null, form: string]> {
  const forms: Array<[string | null, string]> = [];
  for (const [alpha2, , name, ...alternates] of ROWS) {
    for (const f of [name, ...alternates]) forms.push([alpha2, f]);
  }
  for (const [region, names] of Object.entries(REGION_FORMS)) {
    for (const f of names) forms.push([region, f]);
  }
  forms.push(...dataCentrePlaceForms());
  for (const f of NOT_A_COUNTRY) forms.push([null, f]);
  return forms;
}

// ---------------------------------------------------------------------------
// suggestCountryCode

/** Folds the many ways a manifest author may type a name down to one key. */
function suggestKey(s: string): string {
  return stripDiacritics(s)
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/&/g, " and ")
    .replace(/\./g, "")
    .replace(/^["'\s]+|(?<!["'\s,;:])["'\s,;:]+$/g, "")
    .replace(/\s+/g, " ")
    .replace(/^the /, "");
}

let suggestByName: ReadonlyMap<string, string> | undefined;

/** English country names and their variants by suggestion key: built on the first suggestion (most runs make none). */
function suggestionNames(): ReadonlyMap<string, string> {
  if (suggestByName) return suggestByName;
  const map = new Map<string, string>();
  for (const [code, form] of englishCountryForms()) {
    if (code === null) continue;
    for (const v of variants(form)) {
      const key = suggestKey(v);
      // Abbreviations are resolved by the code tables; keeping them out of the
      // name map stops the fuzzy pass from turning "usb" into "US".
      if (key.length > 3 && !map.has(key)) map.set(key, code);
    }
  }
  return (suggestByName = map);
}


/**
 * Best guess at the code a user meant by a manifest value that is not a
 * valid code: lower-case codes ("us"), alpha-3 codes ("DEU"), habitual
 * mistakes ("UK", "EL"), English names and alternates in any case
 * ("the Netherlands", "Holland", "U.S.A."), a phrase naming exactly one
 * country ("Frankfurt, Germany") and small typos ("Germnay"). May return
 * "EU" or "EEA" for region names. A value that is already a valid code is
 * returned as is; undefined when nothing fits.
 */
export function suggestCountryCode(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed === "") return undefined;
  const key = suggestKey(trimmed);
  const upper = key.toUpperCase();

  if (/^[A-Z]{2}$/.test(upper)) {
    if (isCountryCode(upper)) return upper;
    if (upper === "EU") return "EU";
    if (COMMON_MISTAKES[upper]) return COMMON_MISTAKES[upper];
  }
  if (/^[A-Z]{3}$/.test(upper)) {
    const alpha2 = ALPHA3_TO_ALPHA2.get(upper);
    if (alpha2) return alpha2;
    if (upper === "EEA") return "EEA";
    if (upper === "UAE") return "AE";
  }
  const byName = suggestionNames().get(key);
  if (byName) return byName;

  // Free text such as "AWS eu-central-1 (Frankfurt, Germany)": trust it only
  // when it points at one place.
  const found = new Set(findCountries(trimmed).map((m) => m.code));
  if (found.size === 1) return [...found][0];

  // Typos: allow more slack on longer names, where a couple of slips cannot
  // land on a different country.
  const max = key.length >= 8 ? 2 : key.length >= 5 ? 1 : 0;
  if (max === 0) return undefined;
  let best = max + 1;
  let bestCodes = new Set<string>();
  for (const [name, code] of suggestionNames()) {
    const d = editDistance(key, name, max);
    if (d < best) {
      best = d;
      bestCodes = new Set([code]);
    } else if (d === best) {
      bestCodes.add(code);
    }
  }
  return best <= max && bestCodes.size === 1 ? [...bestCodes][0] : undefined;
}

// ---------------------------------------------------------------------------
// findCountries

interface ProseForm {
  code: string | null;
  /** Accepted spellings (whitespace-normalised) when case matters; null when any case will do. */
  exact: Set<string> | null;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Whitespace and apostrophes vary in prose; collapse them so one table entry covers all. */
function proseNormalise(s: string): string {
  // Most matches are a single plain word; skip three regex passes for them.
  if (!/[\s’\u2010\u2011]/.test(s)) return s;
  return s.replace(/\s+/g, " ").replace(/’/g, "'").replace(/[\u2010\u2011]/g, "-");
}

/** Abbreviations ("US", "UK", "U.S.") and ordinary words only count in their own case. */
function isCaseSensitive(form: string, ordinary: ReadonlySet<string>): boolean {
  return !/\p{Ll}/u.test(form) || ordinary.has(form);
}

function proseForms(forms: Array<[code: string | null, form: string]>, ordinary: ReadonlySet<string>): Map<string, ProseForm> {
  const map = new Map<string, ProseForm>();
  for (const [code, form] of forms) {
    for (const v of variants(form)) {
      const norm = proseNormalise(v);
      const key = norm.toLowerCase();
      const exact = isCaseSensitive(v, ordinary) ? new Set([norm, norm.toUpperCase()]) : null;
      const prev = map.get(key);
      if (!prev) {
        map.set(key, { code, exact });
      } else if (prev.code === code) {
        if (prev.exact === null || exact === null) prev.exact = null;
        else for (const e of exact) prev.exact.add(e);
      }
    }
  }
  return map;
}

/** One regex unit per character, except the bits that vary in real text. */
function regexUnits(form: string): string[] {
  const units: string[] = [];
  for (const ch of form.toLowerCase().match(/\s+|./gsu) ?? []) {
    if (/^\s+$/.test(ch)) units.push("\\s+");
    else if (ch === "'") units.push("['’]");
    else if (ch === "-") units.push("[-\\u2010\\u2011]");
    else units.push(ch.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"));
  }
  return units;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function emitTrie(node: TrieNode): string {
  const alts = [...node.next].map(([unit, child]) => unit + emitTrie(child));
  if (alts.length === 0) return "";
  const group = `(?:${alts.join("|")})`;
  if (node.end) return `${group}?`;
  return alts.length === 1 ? alts[0]! : group;
}

/**
 * One case-insensitive regex for all names, factored into a prefix trie. Each
 * trie branch starts with a distinct unit, so at most one branch can proceed
 * at any point and the greedy optional groups give the longest name first;
 * backtracking only ever walks back up a single path, which keeps the scan
 * linear. Case rules are applied afterwards, which is simpler than encoding
 * them in the pattern.
 */
function proseRegex(keys: Iterable<string>): RegExp {
  const root: TrieNode = { end: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const unit of regexUnits(key)) {
      let child = node.next.get(unit);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.end = true;
  }
  return new RegExp(`(?<![\\p{L}\\p{N}_])${emitTrie(root)}(?![\\p{L}\\p{N}_])`, "giu");
}

function accepts(form: ProseForm, raw: string): boolean {
  return form.exact === null || form.exact.has(proseNormalise(raw));
}

/**
 * Every place in English prose that names a country or region, in order,
 * with `start`/`end` as UTF-16 offsets into `text` (end exclusive). Region
 * mentions come back as "EU" or "EEA". Matching is by whole word and prefers
 * the longest name ("Northern Ireland" is GB, not IE). Short codes count only
 * in capitals, and only US, USA, UK, EU, EEA and UAE; the other two-letter
 * codes are too often words ("IN", "IT", "NO"). Names match in any case
 * unless they are also ordinary words ("Turkey", "China", "Jersey"). "The"
 * is part of the match only where it belongs to the name itself
 * ("the Netherlands", "The Gambia", "The Bahamas").
 */
export function findCountries(text: string): Array<{ code: string; start: number; end: number }> {
  return (english ??= countryScanner(englishCountryForms(), ENGLISH_ORDINARY_WORDS))(text);
}

let english: CountryScanner | undefined;

/** Finds country and region names in prose; see findCountries. */
export type CountryScanner = (text: string) => Array<{ code: string; start: number; end: number }>;

/** A scanner for one language's country names (`forms`), built once: the regex is a trie of every name. */
export function countryScanner(forms: Array<[code: string | null, form: string]>, ordinary: ReadonlySet<string>): CountryScanner {
  const PROSE_FORMS = proseForms(forms, ordinary);
  const PROSE_RE = proseRegex(PROSE_FORMS.keys());
  return (text) => {
    const found: Array<{ code: string; start: number; end: number }> = [];
    // The regex is shared, so reset its cursor; the loop is synchronous, so no other caller can interleave.
    const re = PROSE_RE;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const raw = m[0];
      let len = 0;
      let code: string | null = null;
      const whole = PROSE_FORMS.get(proseNormalise(raw).toLowerCase());
      if (whole && accepts(whole, raw)) {
        len = raw.length;
        code = whole.code;
      } else {
        // The longest name failed its case rule ("USA" written "usa"), but a
        // shorter name may still start here; it can only be a prefix of this match.
        for (let l = raw.length - 1; l > 0; l--) {
          if (WORD_CHAR.test(raw[l]!)) continue;
          const part = raw.slice(0, l);
          const form = PROSE_FORMS.get(proseNormalise(part).toLowerCase());
          if (form && accepts(form, part)) {
            len = l;
            code = form.code;
            break;
          }
        }
      }
      if (len === 0) {
        re.lastIndex = start + 1;
        continue;
      }
      re.lastIndex = start + len;
      if (code !== null) found.push({ code, start, end: start + len });
    }
    return found;
  };
}
