/**
 * Names that stay as they are in every language: Microsoft's product and service names, Graph
 * permissions and the file format. The pseudo-locale leaves them unaccented and a test checks that
 * every catalog keeps each one its English message has.
 */
export const UNTRANSLATED_TERMS: readonly string[] = [
  'Microsoft 365 Copilot',
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
  'Azure Blob Storage',
  'Agents Playground',
  'Reports.Read.All',
  'LicenseAssignment.Read.All',
  'CSV',
  'UTF-8',
];
