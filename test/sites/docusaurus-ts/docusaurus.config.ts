// A Docusaurus config as `create-docusaurus --typescript` writes it (trimmed), with customFields
// the policy page reads. Policywright never runs this file; it reads the customFields literal.
import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

const config: Config = {
  title: 'Revontuli Docs',
  url: 'https://docs.revontuli.example',
  baseUrl: '/',
  // customFields: { privacyEmail: 'old@revontuli.example' } was the address before 2024
  customFields: {
    privacyEmail: 'privacy@revontuli.example',
    company: {name: 'Revontuli Software Oy', country: 'Finland'},
    "policyUpdated": `2025-05-20`,
    retentionDays: 30,
    supportUrl: process.env.SUPPORT_URL,
    regions: ['EU', 'UK'],
  },
  presets: [
    [
      'classic',
      {
        docs: {sidebarPath: './sidebars.ts'},
      } satisfies Preset.Options,
    ],
  ],
  themeConfig: {
    prism: {theme: prismThemes.github},
  } satisfies Preset.ThemeConfig,
};

export default config;
