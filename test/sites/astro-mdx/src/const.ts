// Site-wide constants, imported by pages and components.
export interface Contact {
  email: string;
}

export const ORG_NAME = "Lumen Tools GmbH";
export const SUPPORT_EMAIL: string = "privacy@lumen-tools.example";
export const SUPPORT_EMAIL_URL = `mailto:${SUPPORT_EMAIL}`;
export const LOG_RETENTION = "30 days";
export const YEAR = new Date().getFullYear();
