/**
 * Hand-made, realistically shaped models of the workload card, one per kind of answer (a Contoso-like
 * tenant of about 1,200 users), with lists as personal chat shows them, for the views tests.
 */
import { phrase } from '../../src/i18n/message-types.js';
import type { Freshness, ReplyMessage, ViewModels } from '../../src/view-models.js';
import type { WorkloadFigures } from '../../src/workload-view-models.js';

const FRESHNESS: Freshness = { refreshDate: '2026-11-20', lagDays: 2, source: 'Microsoft Graph', fetchedAt: '2026-11-22T09:05:00.000Z', cache: 'miss' };

const users = { total: 1200, active: 1034, inactive: 166 };

const person = (name: string, lastActivityDate?: string) => ({
  userPrincipalName: `${name.toLowerCase().replace(' ', '.')}@contoso.com`,
  ...(lastActivityDate !== undefined ? { lastActivityDate } : {}),
});

export const USAGE: Extract<WorkloadFigures, { kind: 'usage' }> = {
  kind: 'usage',
  workloads: [
    { key: 'exchange', label: 'Exchange', licensed: 1180, active: 1101, averageDailyActive: 702 },
    { key: 'oneDrive', label: 'OneDrive', licensed: 1200, active: 844, averageDailyActive: 310 },
    { key: 'sharePoint', label: 'SharePoint', licensed: 1200, active: 731, averageDailyActive: 204 },
    { key: 'yammer', label: 'Viva Engage (Yammer)', licensed: 0, active: 0, averageDailyActive: 0 },
    { key: 'teams', label: 'Teams', licensed: 1190, active: 1012, averageDailyActive: 655 },
    { key: 'apps', label: 'Microsoft 365 Apps', licensed: 1200, active: 1120 },
  ],
  anyWorkload: { key: 'any', label: 'Any workload', licensed: 1200, active: 1150, averageDailyActive: 890 },
};

export const TEAMS: Extract<WorkloadFigures, { kind: 'teams' }> = {
  kind: 'teams',
  users,
  licensed: 1190,
  totals: {
    teamChatMessageCount: 31200,
    privateChatMessageCount: 120400,
    postMessages: 8100,
    replyMessages: 23000,
    urgentMessages: 12,
    callCount: 4100,
    meetingCount: 12900,
    meetingsOrganizedCount: 3020,
    meetingsAttendedCount: 12900,
    audioDurationInSeconds: 28_800_000,
    videoDurationInSeconds: 12_000_000,
    screenShareDurationInSeconds: 2_100_000,
  },
  perDay: { days: 30, messages: 5053, meetings: 430, calls: 137 },
  mostActive: [{ ...person('Megan Bowen', '2026-11-19'), teamChatMessageCount: 410, privateChatMessageCount: 902, callCount: 14, meetingCount: 66, isLicensed: true }],
  inactive: [person('Lynne Robbins'), person('Patti Fernandez', '2026-07-30')],
};

export const EMAIL: Extract<WorkloadFigures, { kind: 'email' }> = {
  kind: 'email',
  users,
  totals: { sendCount: 86000, receiveCount: 1_204_000, readCount: 402_000, meetingCreatedCount: 2400, meetingInteractedCount: 15200 },
  mostActive: [{ ...person('Adele Vance', '2026-11-19'), displayName: 'Adele Vance', sendCount: 310, receiveCount: 1402, readCount: 1210 }],
  inactive: [{ ...person('Isaiah Langer'), displayName: 'Isaiah Langer' }],
};

const drive = (owner: string, storageUsedInBytes: number, lastActivityDate?: string) => ({
  siteUrl: `https://contoso-my.sharepoint.com/personal/${owner.toLowerCase().replace(' ', '_')}_contoso_com`,
  ownerDisplayName: owner,
  ownerPrincipalName: `${owner.toLowerCase().replace(' ', '.')}@contoso.com`,
  fileCount: 2310,
  activeFileCount: lastActivityDate ? 120 : 0,
  storageUsedInBytes,
  ...(lastActivityDate !== undefined ? { lastActivityDate } : {}),
});

export const ONEDRIVE: Extract<WorkloadFigures, { kind: 'onedrive' }> = {
  kind: 'onedrive',
  accounts: users,
  totals: { fileCount: 2_310_000, activeFileCount: 140_000, storageUsedInBytes: 2_748_779_069_440, storageAllocatedInBytes: 1_319_413_953_331_200 },
  mostActive: [drive('Megan Bowen', 3_435_973_837, '2026-11-19')],
  largest: [drive('Alex Wilber', 11_811_160_064, '2026-11-02')],
  inactive: [drive('Lynne Robbins', 4096)],
};

const site = (name: string, pageViewCount: number, lastActivityDate?: string) => ({
  siteId: `0b4c${name.length}e2a-1111-4222-8333-944445555666`,
  siteUrl: `https://contoso.sharepoint.com/sites/${name}`,
  ownerDisplayName: 'Megan Bowen',
  ownerPrincipalName: 'megan.bowen@contoso.com',
  fileCount: 5120,
  activeFileCount: 80,
  pageViewCount,
  storageUsedInBytes: 1_288_490_189,
  rootWebTemplate: 'Group',
  ...(lastActivityDate !== undefined ? { lastActivityDate } : {}),
});

export const SHAREPOINT: Extract<WorkloadFigures, { kind: 'sharepoint' }> = {
  kind: 'sharepoint',
  sites: { total: 420, active: 301, inactive: 119 },
  totals: { fileCount: 2_150_000, activeFileCount: 18_000, pageViewCount: 77_000, visitedPageCount: 25_500, storageUsedInBytes: 352_187_318_272, storageAllocatedInBytes: 7_971_459_301_376_000 },
  byTemplate: [
    { type: 'Group', count: 360 },
    { type: 'Communication Site', count: 40 },
    { type: 'Team Site', count: 20 },
  ],
  mostViewed: [site('News', 5890, '2026-11-18')],
  largest: [site('Engineering', 54, '2026-11-19')],
  inactive: [site('SummerParty2024', 0)],
};

export const APPS: Extract<WorkloadFigures, { kind: 'apps' }> = {
  kind: 'apps',
  users,
  anyApp: { users: 1120, windows: 950, mac: 130, mobile: 570, web: 420 },
  apps: [
    { key: 'outlook', label: 'Outlook', users: 1101, windows: 880, mac: 120, mobile: 430, web: 210 },
    { key: 'word', label: 'Word', users: 860, windows: 700, mac: 95, mobile: 90, web: 220 },
    { key: 'excel', label: 'Excel', users: 720, windows: 600, mac: 80, mobile: 60, web: 130 },
    { key: 'powerPoint', label: 'PowerPoint', users: 520, windows: 430, mac: 60, mobile: 30, web: 80 },
    { key: 'oneNote', label: 'OneNote', users: 200, windows: 160, mac: 24, mobile: 35, web: 27 },
    { key: 'teams', label: 'Teams', users: 1012, windows: 850, mac: 110, mobile: 460, web: 160 },
  ],
  inactive: [{ ...person('Lynne Robbins'), lastActivationDate: '2024-03-02' }],
};

const seats = (purchased: number, assigned: number) => ({
  purchased,
  inWarning: 0,
  suspended: 0,
  lockedOut: 0,
  assigned,
  unassigned: Math.max(0, purchased - assigned),
  overAssigned: Math.max(0, assigned - purchased),
});

export const LICENCES: Extract<WorkloadFigures, { kind: 'licences' }> = {
  kind: 'licences',
  licenceSource: { source: 'Microsoft Graph', fetchedAt: '2026-11-22T09:05:00.000Z', cache: 'miss' },
  copilotFreshness: { ...FRESHNESS, refreshDate: '2026-11-19', lagDays: 3 },
  licences: {
    period: 'D30',
    idlePeriod: 'D30',
    skus: [
      {
        skuId: '05e9a617-0261-4cee-bb44-138d3ef5d965',
        skuPartNumber: 'SPE_E3',
        productName: 'Microsoft 365 E3',
        capabilityStatus: 'Enabled',
        kind: 'paid',
        ...seats(850, 842),
        holders: 840,
        inactiveHolders: 61,
        idle: { unassigned: 8, idleHolders: 61, seats: 69 },
        monthlyPrice: 36,
        idleMonthlySpend: 2484,
      },
      {
        skuId: '06ebc4ee-1bb5-47dd-8120-11324bc54e06',
        skuPartNumber: 'SPE_E5',
        productName: 'Microsoft 365 E5',
        capabilityStatus: 'Enabled',
        kind: 'paid',
        ...seats(350, 358),
        holders: 356,
        inactiveHolders: 20,
        idle: { unassigned: 0, idleHolders: 20, seats: 20 },
      },
      {
        skuId: '639dec6b-bb19-468b-871c-c5c441c4b0cb',
        skuPartNumber: 'Microsoft_365_Copilot',
        productName: 'Microsoft 365 Copilot',
        capabilityStatus: 'Enabled',
        kind: 'copilot',
        ...seats(300, 290),
        holders: 288,
        monthlyPrice: 30,
      },
      {
        skuId: 'f30db892-07e9-47e9-837c-80727f46fd3d',
        skuPartNumber: 'FLOW_FREE',
        productName: 'Microsoft Power Automate Free',
        capabilityStatus: 'Enabled',
        kind: 'free',
        freeReason: 'name',
        ...seats(10_000, 120),
        holders: 118,
      },
    ],
    total: { ...seats(1500, 1490), unassigned: 18, overAssigned: 8 },
    unmatched: [{ product: 'CONTOSO ANALYTICS', productName: 'Contoso Analytics', free: false, holders: 40, inactiveHolders: 6, idleHolders: 6 }],
    otherProducts: 0,
    copilot: {
      skus: [],
      total: seats(300, 290),
      idle: { period: 'D30', unassigned: 10, inactive: 52, neverActive: 12, seats: 62 },
      spend: { currency: 'USD', monthly: 1860, yearly: 22320, inactiveSeatPrice: 30, unpricedSkus: [] },
      usage: { period: 'D30', enabled: 288, active: 236, inactive: 52, neverActive: 12 },
    },
    idle: { seats: 157, pricedSeats: 131, spend: { currency: 'USD', monthly: 4344, yearly: 52128 } },
    currency: 'USD',
  },
};

export const INACTIVE_USERS: Extract<WorkloadFigures, { kind: 'inactive-users' }> = {
  kind: 'inactive-users',
  scope: 'same',
  idlePeriod: 'D30',
  inactive: 98,
  currency: 'USD',
  list: {
    users: 87,
    monthlyCost: 2766,
    licences: [
      { product: 'MICROSOFT 365 E3', productName: 'Microsoft 365 E3', skuPartNumber: 'SPE_E3', kind: 'paid', monthlyPrice: 36, users: 61, monthlyCost: 2196 },
      { product: 'MICROSOFT 365 COPILOT', productName: 'Microsoft 365 Copilot', skuPartNumber: 'Microsoft_365_Copilot', kind: 'copilot', monthlyPrice: 30, users: 20, monthlyCost: 570 },
      { product: 'CONTOSO ANALYTICS', productName: 'Contoso Analytics', kind: 'unmatched', users: 6, monthlyCost: 0 },
    ],
    copilot: { holders: 20, inUse: 1, join: 'matched' },
    copilotIdentities: 'visible',
    head: [
      {
        ...person('Lynne Robbins'),
        displayName: 'Lynne Robbins',
        workloads: {},
        licences: [
          { product: 'MICROSOFT 365 E5', productName: 'Microsoft 365 E5', skuPartNumber: 'SPE_E5', kind: 'paid', monthlyPrice: 57 },
          { product: 'MICROSOFT 365 COPILOT', productName: 'Microsoft 365 Copilot', skuPartNumber: 'Microsoft_365_Copilot', kind: 'copilot', monthlyPrice: 30 },
        ],
        copilot: 'idle',
        monthlyCost: 87,
      },
      {
        ...person('Patti Fernandez', '2026-07-30'),
        displayName: 'Patti Fernandez',
        workloads: { exchange: '2026-07-30', teams: '2026-07-28' },
        licences: [
          { product: 'MICROSOFT 365 E3', productName: 'Microsoft 365 E3', skuPartNumber: 'SPE_E3', kind: 'paid', monthlyPrice: 36 },
          { product: 'MICROSOFT 365 COPILOT', productName: 'Microsoft 365 Copilot', skuPartNumber: 'Microsoft_365_Copilot', kind: 'copilot', monthlyPrice: 30 },
        ],
        copilot: 'in-use',
        copilotLastActivityDate: '2026-11-18',
        monthlyCost: 36,
      },
    ],
  },
};

/** A workload card model with `figures`, lists shown, as asked in personal chat for the last 30 days. */
export function workloadModel(figures: WorkloadFigures, reportRows = 1250): ViewModels['workload'] {
  const command = { licences: 'licenses', 'inactive-users': 'inactive users' }[figures.kind as string] ?? figures.kind;
  return {
    period: 'D30',
    freshness: FRESHNESS,
    identities: 'visible',
    reportRows,
    figures,
    detail: { kind: 'shown' },
    links: command === 'usage' ? [{ title: phrase('action.teams'), command: 'teams D30' }] : [],
    actions: [
      ...(command === 'usage' ? [] : [{ title: phrase('action.allWorkloads'), command: 'usage D30' }]),
      { title: phrase('action.lastDays', { days: 7 }), command: `${command} D7` },
      { title: phrase('action.csv'), command: `csv ${command} D30` },
    ],
  };
}

/** One workload card per kind of answer. */
export const WORKLOAD_FIGURES: readonly WorkloadFigures[] = [USAGE, TEAMS, EMAIL, ONEDRIVE, SHAREPOINT, APPS, LICENCES, INACTIVE_USERS];

export const WORKLOAD_VIEWS: readonly ReplyMessage[] = WORKLOAD_FIGURES.map((figures) => ({ view: 'workload', model: workloadModel(figures) }));
