import { describe, expect, test } from 'vitest';
import { ReportRequestError } from '../src/reports/report-errors.js';
import { resolveReportRequest, type RequestContext } from '../src/reports/report-request.js';

const v1: RequestContext = { copilotApi: 'copilot-v1', today: '2026-11-22' };
const v2: RequestContext = { copilotApi: 'copilot-v2', today: '2026-11-22' };
const legacy: RequestContext = { copilotApi: 'legacy-beta', today: '2026-11-22' };

function refusal(run: () => unknown): ReportRequestError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReportRequestError);
    return error as ReportRequestError;
  }
  throw new Error('expected the request to be refused');
}

describe('resolveReportRequest', () => {
  test('Copilot reports go to /v1.0/copilot/reports with the configured version', () => {
    expect(resolveReportRequest('copilot-summary', { period: 'd90' }, v1).csvPath).toBe(
      "/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D90',version='v1')?$format=text/csv",
    );
    expect(resolveReportRequest('copilot-users', { period: 'D28' }, v2).jsonPath).toBe(
      "/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D28',version='v2')?$format=application/json",
    );
  });

  test('the legacy configuration reads Copilot reports from /beta/reports without a version', () => {
    expect(resolveReportRequest('copilot-trend', { period: 'D7' }, legacy).csvPath).toBe(
      "/beta/reports/getMicrosoft365CopilotUserCountTrend(period='D7')?$format=text/csv",
    );
  });

  test('Office reports use v1.0 for CSV and beta for JSON; activations takes no parameters', () => {
    const activations = resolveReportRequest('activations', {}, v1);
    expect(activations.csvPath).toBe('/v1.0/reports/getOffice365ActivationsUserCounts?$format=text/csv');
    expect(activations.jsonPath).toBe('/beta/reports/getOffice365ActivationsUserCounts?$format=application/json');
    expect(resolveReportRequest('groups', { date: '2026-11-01' }, v1).csvPath).toBe(
      '/v1.0/reports/getOffice365GroupsActivityDetail(date=2026-11-01)?$format=text/csv',
    );
  });

  test('the Microsoft 365 Apps usage report answers JSON on v1.0 and takes its date in quotes, as its page documents', () => {
    const apps = resolveReportRequest('apps-users', { date: '2026-11-01' }, v1);
    expect(apps.csvPath).toBe("/v1.0/reports/getM365AppUserDetail(date='2026-11-01')?$format=text/csv");
    expect(apps.jsonPath).toBe("/v1.0/reports/getM365AppUserDetail(date='2026-11-01')?$format=application/json");
    expect(resolveReportRequest('teams-users', { period: 'd7' }, v1).jsonPath).toBe(
      "/beta/reports/getTeamsUserActivityUserDetail(period='D7')?$format=application/json",
    );
  });

  test('the default period is D30, and D28 under Copilot report v2', () => {
    expect(resolveReportRequest('copilot-summary', {}, v1).period).toBe('D30');
    expect(resolveReportRequest('copilot-summary', {}, v2).period).toBe('D28');
    expect(resolveReportRequest('groups', {}, v2).period).toBe('D30');
  });

  test('requests differing only in configuration or parameters have different keys', () => {
    const keys = new Set([
      resolveReportRequest('copilot-summary', { period: 'D7' }, v1).key,
      resolveReportRequest('copilot-summary', { period: 'D7' }, v2).key,
      resolveReportRequest('copilot-summary', { period: 'D90' }, v1).key,
      resolveReportRequest('groups', { period: 'D7' }, v1).key,
      resolveReportRequest('groups', { date: '2026-11-20' }, v1).key,
    ]);
    expect(keys.size).toBe(5);
    expect(resolveReportRequest('copilot-summary', { period: 'd7' }, v1).key).toBe(resolveReportRequest('copilot-summary', { period: 'D7' }, v1).key);
  });

  test('an unknown report lists the reports there are', () => {
    expect(refusal(() => resolveReportRequest('copilot', {}, v1))).toMatchObject({
      code: 'UNKNOWN_REPORT',
      message:
        'There is no report "copilot". Reports: copilot-summary, copilot-users, copilot-trend, activations, groups, active-users, ' +
        'active-user-counts, services-user-counts, teams-users, teams-activity, email-users, onedrive-accounts, sharepoint-sites, apps-users.',
    });
  });

  test('a bad period lists the allowed ones for that report and version', () => {
    expect(refusal(() => resolveReportRequest('copilot-summary', { period: 'D31' }, v1))).toMatchObject({
      code: 'BAD_PERIOD',
      message: 'The Microsoft 365 Copilot user count summary has no period "D31". Use D7, D30, D90, D180, ALL.',
    });
    expect(refusal(() => resolveReportRequest('copilot-users', { period: 'D30' }, v2)).message).toBe(
      'The Microsoft 365 Copilot usage user detail has no period "D30". Use D7, D28, D90, D180, ALL. This tenant reports Copilot usage in version v2, which counts 28 days (D28) instead of 30.',
    );
    expect(refusal(() => resolveReportRequest('groups', { period: 'ALL' }, v1)).message).toBe(
      'The Microsoft 365 groups activity has no period "ALL". Use D7, D30, D90, D180, or a date as YYYY-MM-DD.',
    );
  });

  test('parameters a report does not take are refused', () => {
    expect(refusal(() => resolveReportRequest('activations', { period: 'D7' }, v1))).toMatchObject({
      code: 'UNSUPPORTED_PARAMETER',
      message: 'activations takes no period or date: Graph reports it as of today only.',
    });
    expect(refusal(() => resolveReportRequest('copilot-summary', { date: '2026-11-20' }, v1))).toMatchObject({
      code: 'UNSUPPORTED_PARAMETER',
      message: 'copilot-summary takes a period, not a date. Allowed: D7, D30, D90, D180, ALL.',
    });
    expect(refusal(() => resolveReportRequest('groups', { period: 'D7', date: '2026-11-20' }, v1)).code).toBe('UNSUPPORTED_PARAMETER');
  });

  test('dates must be real, not in the future, and at most 28 days back', () => {
    expect(refusal(() => resolveReportRequest('groups', { date: '2026-02-30' }, v1))).toMatchObject({
      code: 'BAD_DATE',
      message: '"2026-02-30" is not a date. Write it as YYYY-MM-DD, for example 2026-11-22.',
    });
    expect(refusal(() => resolveReportRequest('groups', { date: '20.11.2026' }, v1)).code).toBe('BAD_DATE');
    expect(refusal(() => resolveReportRequest('groups', { date: '2026-10-24' }, v1))).toMatchObject({
      code: 'DATE_OUT_OF_RANGE',
      message: '2026-10-24 is 29 days back. Graph keeps groups by day for 28 days: use a date from 2026-10-25 to 2026-11-22.',
    });
    expect(refusal(() => resolveReportRequest('groups', { date: '2026-11-23' }, v1)).message).toMatch(/^2026-11-23 is in the future\./);
    expect(resolveReportRequest('groups', { date: '2026-10-25' }, v1).date).toBe('2026-10-25');
  });
});
