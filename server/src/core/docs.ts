/** Where each rule's page lives; a diagnostic and a SARIF rule link to `${DOCS_BASE}${id}.md`. */
export const DOCS_BASE = "https://github.com/policywright/policywright/blob/main/docs/rules/";
