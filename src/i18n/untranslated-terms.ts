/**
 * Names that stay as they are in every language: Microsoft's product and service names, Graph
 * permissions, the file format and the settings the cards name. The pseudo-locale leaves them unaccented
 * and a test checks that every catalog keeps each one its English message has.
 */
export const UNTRANSLATED_TERMS: readonly string[] = [
  'Microsoft 365 Copilot',
  'Microsoft 365 Apps',
  'Microsoft 365',
  'Microsoft Teams',
  'Microsoft Graph',
  'Microsoft Entra',
  'Microsoft',
  'Copilot',
  'Teams',
  'OneDrive',
  'SharePoint',
  'Exchange',
  'Viva Engage',
  'Outlook',
  'Excel',
  'Windows',
  'Mac',
  'Azure Blob Storage',
  'Agents Playground',
  'Reports.Read.All',
  'LicenseAssignment.Read.All',
  'User.Read.All',
  'CSV',
  'UTF-8',
  // Settings and Graph's SKU names the cards quote.
  'COPILOT_LICENSE_PRICE',
  'COPILOT_SKU_IDS',
  'M365_COPILOT',
];
