/**
 * Readable product names for what Graph names for machines: a subscribed SKU's part number (`SPE_E5`,
 * `Microsoft_365_Copilot`) and the activations report's product type (`MICROSOFT 365 APPS FOR ENTERPRISE`),
 * and the names the usage reports write in their Assigned Products column (`MICROSOFT 365 E5`), so a
 * report's products can be told by their SKU (product-skus.ts).
 * The common SKUs come from Microsoft's "Product names and service plan identifiers for licensing"
 * (https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference, String ID ↔ GUID ↔
 * product name); anything else gets a readable form of its own name. Graph's name stays in files beside it.
 */

/** [String ID (skuPartNumber), GUID (skuId), product name] from Microsoft's table. */
const SKU_NAMES: readonly (readonly [partNumber: string, skuId: string, name: string])[] = [
  // The table still lists the Copilot SKU as "Microsoft Copilot for Microsoft 365"; the product has been
  // "Microsoft 365 Copilot" since 2024, and that is the name admins see in the admin center.
  ['Microsoft_365_Copilot', '639dec6b-bb19-468b-871c-c5c441c4b0cb', 'Microsoft 365 Copilot'],
  ['M365_Copilot', 'a809996b-059e-42e2-9866-db24b99a9782', 'Microsoft 365 Copilot'],
  ['Microsoft_365_Copilot_EDU', 'ad9c22b3-52d7-4e7e-973c-88121ea96436', 'Microsoft 365 Copilot (Education Faculty)'],
  ['SPE_E3', '05e9a617-0261-4cee-bb44-138d3ef5d965', 'Microsoft 365 E3'],
  ['SPE_E5', '06ebc4ee-1bb5-47dd-8120-11324bc54e06', 'Microsoft 365 E5'],
  ['Microsoft_365_E3_(no_Teams)', 'dcf0408c-aaec-446c-afd4-43e3683943ea', 'Microsoft 365 E3 (no Teams)'],
  ['IDENTITY_THREAT_PROTECTION', '26124093-3d78-432b-b5dc-48bf992543d5', 'Microsoft 365 E5 Security'],
  ['SPE_F1', '66b55226-6b4f-492c-910c-a3b7a3c9d993', 'Microsoft 365 F3'],
  ['SPB', 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', 'Microsoft 365 Business Premium'],
  ['O365_BUSINESS_PREMIUM', 'f245ecc8-75af-4f8e-b61f-27d8114de5f3', 'Microsoft 365 Business Standard'],
  ['O365_BUSINESS_ESSENTIALS', '3b555118-da6a-4418-894f-7df1e2096870', 'Microsoft 365 Business Basic'],
  // The table capitalises "Enterprise" and "Business"; Microsoft's product name writes them in lower case.
  ['OFFICESUBSCRIPTION', 'c2273bd0-dff7-4215-9ef5-2c7bcfb06425', 'Microsoft 365 Apps for enterprise'],
  ['O365_BUSINESS', 'cdd28e44-67e3-425e-be4c-737fab2899d3', 'Microsoft 365 Apps for business'],
  ['M365EDU_A3_FACULTY', '4b590615-0888-425a-a965-b3bf7789848d', 'Microsoft 365 A3 for Faculty'],
  ['M365EDU_A5_FACULTY', 'e97c048c-37a4-45fb-ab50-922fbf07a370', 'Microsoft 365 A5 for Faculty'],
  ['MCOMEETADV', '0c266dff-15dd-4b49-8397-2bb16070ed52', 'Microsoft 365 Audio Conferencing'],
  ['STANDARDPACK', '18181a46-0d4e-45cd-891e-60aabd171b4e', 'Office 365 E1'],
  ['ENTERPRISEPACK', '6fd2c87f-b296-42f0-b197-1e91e994b900', 'Office 365 E3'],
  ['ENTERPRISEPREMIUM', 'c7df2760-2c81-4ef7-b578-5b5392b571df', 'Office 365 E5'],
  ['Office_365_E3_(no_Teams)', '46c3a859-c90d-40b3-9551-6178a48d5c18', 'Office 365 E3 (no Teams)'],
  ['DESKLESSPACK', '4b585984-651b-448a-9e53-3b10f069cf7f', 'Office 365 F3'],
  ['STANDARDWOFFPACK_FACULTY', '94763226-9b3c-4e75-a931-5c89701abe66', 'Office 365 A1 for faculty'],
  ['STANDARDWOFFPACK_STUDENT', '314c4481-f395-4525-be8b-2ec4bb1e9d91', 'Office 365 A1 for students'],
  ['EXCHANGESTANDARD', '4b9405b0-7788-4568-add1-99614e613b69', 'Exchange Online (Plan 1)'],
  ['EXCHANGEENTERPRISE', '19ec0d23-8335-4cbd-94ac-6050e30712fa', 'Exchange Online (Plan 2)'],
  ['EMS', 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e', 'Enterprise Mobility + Security E3'],
  ['EMSPREMIUM', 'b05e124f-c7cc-45a0-a6aa-8cf78c946968', 'Enterprise Mobility + Security E5'],
  ['AAD_PREMIUM', '078d2b04-f1bd-4111-bbd4-b4b1b354cef4', 'Microsoft Entra ID P1'],
  ['AAD_PREMIUM_P2', '84a661c4-e949-4bd2-a560-ed7766fcaf2b', 'Microsoft Entra ID P2'],
  ['INTUNE_A', '061f9ace-7d42-4136-88ac-31dc755f143f', 'Intune'],
  ['MCOEV', 'e43b5b99-8dfb-405f-9987-dc307f34bcbd', 'Microsoft Teams Phone Standard'],
  ['Microsoft_Teams_Premium', '36a0f3b3-adb5-49ea-bf66-762134cf063a', 'Microsoft Teams Premium Introductory Pricing'],
  ['TEAMS_EXPLORATORY', '710779e8-3d4a-4c88-adb9-386c958d1fdf', 'Microsoft Teams Exploratory'],
  ['POWER_BI_PRO', 'f8a1db68-be16-40ed-86d5-cb42ce701560', 'Power BI Pro'],
  ['POWER_BI_STANDARD', 'a403ebcc-fae0-4ca2-8c8c-7a907fd6c235', 'Microsoft Fabric (Free)'],
  ['FLOW_FREE', 'f30db892-07e9-47e9-837c-80727f46fd3d', 'Microsoft Power Automate Free'],
  ['POWERAPPS_VIRAL', 'dcb1a3ae-b33f-4487-846a-a640262fadf4', 'Microsoft Power Apps Plan 2 Trial'],
  ['POWERAPPS_DEV', '5b631642-bd26-49fe-bd20-1daaa972ef80', 'Microsoft Power Apps for Developer'],
  ['PROJECTPROFESSIONAL', '53818b1b-4a27-454b-8896-0dba576410e6', 'Planner and Project Plan 3'],
  ['PROJECTPREMIUM', '09015f9f-377f-4538-bbb5-f75ceb09358a', 'Project Online Premium'],
  ['VISIOCLIENT', 'c5928f49-12ba-48f7-ada3-0d743a3601d5', 'Visio Plan 2'],
  ['WIN10_VDA_E3', '6a0f6da5-0b87-4190-a6ae-9bb5a2b9546a', 'Windows 10/11 Enterprise E3'],
  ['WIN10_VDA_E5', '488ba24a-39a9-4473-8ee5-19291e71b002', 'Windows 10/11 Enterprise E5'],
  ['DEVELOPERPACK_E5', 'c42b9cae-ea4f-4ab7-9717-81576235ccac', 'Microsoft 365 E5 Developer (without Windows and Audio Conferencing)'],
];

/**
 * Names the usage reports' Assigned Products column has written for SKUs besides their current product name
 * (Graph writes the product name in capitals, and keeps earlier names of a product for a while): by part number.
 */
const EARLIER_REPORT_NAMES: readonly (readonly [partNumber: string, name: string])[] = [
  ['Microsoft_365_Copilot', 'Microsoft Copilot for Microsoft 365'],
  ['STANDARDPACK', 'Office 365 Enterprise E1'],
  ['ENTERPRISEPACK', 'Office 365 Enterprise E3'],
  ['ENTERPRISEPREMIUM', 'Office 365 Enterprise E5'],
  ['O365_BUSINESS_PREMIUM', 'Office 365 Business Premium'],
  ['O365_BUSINESS_ESSENTIALS', 'Office 365 Business Essentials'],
  ['O365_BUSINESS', 'Office 365 Business'],
  ['SPB', 'Microsoft 365 Business'],
  ['OFFICESUBSCRIPTION', 'Office 365 ProPlus'],
  ['AAD_PREMIUM', 'Azure Active Directory Premium P1'],
  ['AAD_PREMIUM_P2', 'Azure Active Directory Premium P2'],
  ['MCOEV', 'Microsoft 365 Phone System'],
  ['MCOMEETADV', 'Audio Conferencing'],
  ['Microsoft_Teams_Premium', 'Microsoft Teams Premium'],
  ['POWER_BI_STANDARD', 'Power BI (free)'],
  ['FLOW_FREE', 'Microsoft Flow Free'],
  ['PROJECTPROFESSIONAL', 'Project Online Professional'],
  ['VISIOCLIENT', 'Visio Online Plan 2'],
  ['SPE_F1', 'Microsoft 365 F1'],
];

const BY_SKU_ID = new Map(SKU_NAMES.map(([, skuId, name]) => [skuId, name]));
const BY_PART_NUMBER = new Map(SKU_NAMES.map(([partNumber, , name]) => [partNumber.toLowerCase(), name]));


/** The activations report's product types (Graph writes them in capitals), as Microsoft names the products. */
const ACTIVATION_PRODUCTS: Readonly<Record<string, string>> = {
  'MICROSOFT 365 APPS FOR ENTERPRISE': 'Microsoft 365 Apps for enterprise',
  'MICROSOFT 365 APPS FOR BUSINESS': 'Microsoft 365 Apps for business',
  'OFFICE 365 PROPLUS': 'Microsoft 365 Apps for enterprise',
  PROJECT: 'Project',
  VISIO: 'Visio',
};

/** The product name of a subscribed SKU: Microsoft's, by id then part number, else a readable form of the part number. */
export function skuProductName(sku: { readonly skuId: string; readonly skuPartNumber: string }): string {
  return BY_SKU_ID.get(sku.skuId.toLowerCase()) ?? BY_PART_NUMBER.get(sku.skuPartNumber.toLowerCase()) ?? readableName(sku.skuPartNumber);
}

/**
 * Every name a usage report may give `sku` in its Assigned Products column, in capitals: its product name,
 * earlier names of that product, and its part number read as words (`CONTOSO_AI_SEATS` → `CONTOSO AI SEATS`).
 */
export function reportNamesOfSku(sku: { readonly skuId: string; readonly skuPartNumber: string }): string[] {
  const part = sku.skuPartNumber.toLowerCase();
  const earlier = EARLIER_REPORT_NAMES.filter(([partNumber]) => partNumber.toLowerCase() === part).map(([, name]) => name);
  const names = [skuProductName(sku), ...earlier, readableName(sku.skuPartNumber), sku.skuPartNumber.replace(/_/g, ' ')];
  return [...new Set(names.map(reportNameKey))];
}

/** A report's product name as it is compared: trimmed, single spaces, capitals. */
export function reportNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toUpperCase();
}

/**
 * A readable name for a product of the usage reports' Assigned Products column: Microsoft's name when it is
 * one of the table's products (current or earlier name), else a readable form of what the report wrote.
 */
export function reportProductName(name: string): string {
  return BY_REPORT_NAME.get(reportNameKey(name)) ?? readableName(name);
}

/** The product name of an activations row's product type. */
export function activationProductName(productType: string): string {
  return ACTIVATION_PRODUCTS[productType.trim().toUpperCase()] ?? readableName(productType);
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * A machine name made readable: separators become spaces and each word is capitalised, small words
 * ("for", "and") lower case after the first, short words and words with digits ("AI", "E5", "EDU") kept
 * in capitals: `CONTOSO_AI_SEATS` → "Contoso AI Seats", `MICROSOFT 365 APPS FOR FACULTY` → "Microsoft 365 Apps for Faculty".
 * A name already in mixed case keeps its own capitals.
 */
export function readableName(name: string): string {
  const words = name.trim().split(/[\s_]+/).filter((word) => word !== '');
  if (words.length === 0) return name;
  const shouting = name === name.toUpperCase();
  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (index > 0 && SMALL_WORDS.has(lower)) return lower;
      if (!shouting) return word.charAt(0).toUpperCase() + word.slice(1);
      if (/\d/.test(word) || word.length <= 3) return word.toUpperCase();
      return word.charAt(0) + lower.slice(1);
    })
    .join(' ');
}

// Last: the names a report may write for each of the table's products, which readableName (above) spells.
const BY_REPORT_NAME = new Map(
  SKU_NAMES.flatMap(([partNumber, skuId, name]) => reportNamesOfSku({ skuId, skuPartNumber: partNumber }).map((reportName) => [reportName, name] as const)),
);
