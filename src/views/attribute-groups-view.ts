/**
 * A per-user answer by department, country, office, company or job title: the totals, then one row per
 * value sorted by what the answer is about (most users, most inactive, most idle spend), every figure as
 * text with a text bar, "other" last. Both sources' freshness is stated: the report's refresh date and the
 * directory's day. Values come from the directory as free text and are escaped like any report text.
 */
import type { AttributeRow, ViewModels } from '../view-models.js';
import { SMALLEST_GROUP_IN_CHANNELS } from '../reports/group-attributes.js';
import { adoptionRate } from '../reports/figures.js';
import { proportionalBar } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData, Fact } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { shortLabel } from './display-text.js';
import { adoptionLabel, idleFacts, inactiveText, POPULATION } from './figure-text.js';
import { describeFilters } from './filter-note.js';
import { formatMoney } from './format-money.js';
import { reportHeader } from './report-header.js';
import type { ViewContext } from './view-context.js';

type Model = ViewModels['attribute-groups'];

/** The grouped answer's card data. */
export function buildAttributeGroupsCard(model: Model, ctx: ViewContext): CardData['attribute-groups'] {
  const { encode, messages } = ctx;
  const { t } = messages;
  const { attribute, subject, focus } = model;
  return {
    header: reportHeader(t('byAttribute.title', { subject, focus, attribute, period: focus === 'idle' && subject === 'copilot' ? 'none' : describePeriod(model.period, messages) }), model.freshness, ctx),
    directory: directoryLines(model, ctx),
    filterNote: { isShown: model.filters.length > 0, text: encode(describeFilters(model.filters, messages)) },
    facts: totalFacts(model, ctx),
    hasRows: model.rows.length > 0,
    emptyNote: encode(t('byAttribute.empty', { subject, attribute })),
    rowsTitle: encode(t('byAttribute.rowsTitle', { attribute, focus })),
    rows: model.rows.map((row) => ({ title: encode(rowTitle(row, model, ctx)), value: encode(rowFigures(row, model, ctx)) })),
    notes: notesOf(model, ctx).map((text) => ({ text: encode(text) })),
    actions: cardActions(model.actions, messages),
  };
}

function directoryLines(model: Model, { format, encode, messages: { t } }: ViewContext): CardData['attribute-groups']['directory'] {
  const { directory } = model;
  const isStale = directory.cache === 'stale';
  const day = format.date(directory.day);
  return {
    text: encode(t('byAttribute.directory', { users: directory.users, day, refresh: directory.refresh })),
    isStale,
    staleNote: encode(isStale ? t('byAttribute.stale', { day }) : ''),
  };
}

function totalFacts(model: Model, ctx: ViewContext): Fact[] {
  const { encode, messages } = ctx;
  const { t } = messages;
  const { total } = model;
  // The reclaim list's groups count users with a paid licence; usage by a value counts every licensed user.
  const population = t(model.subject === 'copilot' ? POPULATION.enabledUsers : model.focus === 'idle' ? 'byAttribute.paidLicenceUsers' : 'byAttribute.licensedUsers');
  const enabled = { title: encode(population), value: encode(t('byAttribute.usersIn', { users: total.users, values: model.valueCount, attribute: model.attribute })) };
  const period = describePeriod(model.period, messages);
  const activeLabel = model.subject === 'copilot' ? adoptionLabel(model.period, ctx) : t('byAttribute.activeAny', { period });
  const adoption = { title: encode(activeLabel), value: encode(groupShare(total.active, total.users, 'active', ctx)) };
  switch (model.focus) {
    case 'users':
      return [enabled, adoption];
    case 'inactive':
      return [enabled, { title: encode(t('figure.inactiveIn', { period })), value: encode(inactiveText(total.users - total.active, total.neverActive ?? 0, total.users, ctx)) }];
    case 'idle':
      return [
        enabled,
        adoption,
        ...(model.licences
          ? idleFacts(model.licences, ctx)
          : [{ title: encode(t('figure.inactiveIn', { period })), value: encode(inactiveIdle(total, model, ctx)) }]),
      ];
  }
}

function rowTitle(row: AttributeRow, model: Model, { messages: { t } }: ViewContext): string {
  switch (row.kind) {
    case 'other':
      return t('byAttribute.other', { values: row.values ?? 0, attribute: model.attribute });
    case 'not-set':
      return t('byAttribute.notSet');
    case 'not-in-directory':
      return t('byAttribute.notInDirectory');
    default:
      return shortLabel(row.label);
  }
}

/** A row's figures: what the answer is about first, then its users and active share. */
function rowFigures(row: AttributeRow, model: Model, ctx: ViewContext): string {
  const { t } = ctx.messages;
  switch (model.focus) {
    case 'users':
      return groupShare(row.active, row.users, 'active', ctx);
    case 'inactive': {
      const never = row.neverActive !== undefined ? ` · ${t('figure.neverActive', { count: row.neverActive })}` : '';
      return `${groupShare(row.users - row.active, row.users, 'inactive', ctx)}${never}`;
    }
    case 'idle':
      return model.licences ? idleRow(row, groupShare(row.active, row.users, 'active', ctx), model, ctx) : inactiveIdle(row, model, ctx);
  }
}

/** "12 idle seats · $340.00 a month · " and the share given; spend only with a price. */
function idleRow(row: Pick<AttributeRow, 'idle' | 'idleMonthly'>, share: string, model: Model, { format, messages: { t } }: ViewContext): string {
  const currency = model.licences?.spend?.currency;
  const spend = row.idleMonthly !== undefined && currency !== undefined ? formatMoney(row.idleMonthly, currency, format.locale) : 'none';
  return t('byAttribute.idleRow', { idle: row.idle ?? 0, spend, share });
}

/** Inactive users with their licences' idle seats and spend: "█░░ 10.0% inactive · 4 of 40 users · 6 idle seats · $340.00 a month". */
function inactiveIdle(row: Omit<AttributeRow, 'kind' | 'label' | 'values'>, model: Model, ctx: ViewContext): string {
  const { format, messages: { t } } = ctx;
  const currency = model.currency;
  const spend = row.idleMonthly !== undefined && currency !== undefined ? formatMoney(row.idleMonthly, currency, format.locale) : 'none';
  return `${groupShare(row.users - row.active, row.users, 'inactive', ctx)} · ${t('byAttribute.idleSeats', { idle: row.idle ?? 0, spend })}`;
}

/** "███▍░░░░░░ 34.3% active · 123 of 359 users"; "no users in this period" for a group of none. */
function groupShare(part: number, users: number, what: 'active' | 'inactive', { format, messages: { t } }: ViewContext): string {
  const rate = adoptionRate(part, users);
  if (rate === undefined) return t('byAttribute.noUsers');
  return t('byAttribute.share', { bar: proportionalBar(part, users), rate: format.percent(rate), what, part, users });
}

/** What the special rows hold, why rows fold, where the unassigned seats are. */
function notesOf(model: Model, { messages: { t } }: ViewContext): string[] {
  const { attribute } = model;
  const other = t('byAttribute.otherLabel');
  const notes: string[] = [];
  const kinds = new Set(model.rows.map((row) => row.kind));
  if (kinds.has('not-set')) notes.push(t('byAttribute.notSetNote', { label: t('byAttribute.notSet'), attribute }));
  if (kinds.has('not-in-directory')) notes.push(t('byAttribute.notInDirectoryNote', { label: t('byAttribute.notInDirectory') }));
  if (model.smallGroupsFolded > 0) notes.push(t('byAttribute.foldedNote', { attribute, smallest: SMALLEST_GROUP_IN_CHANNELS, other, folded: model.smallGroupsFolded }));
  if (kinds.has('other')) notes.push(t('byAttribute.otherNote', { other, attribute }));
  if (model.licences) {
    const { idle } = model.licences;
    notes.push(t('byAttribute.unassignedNote', { unassigned: idle.unassigned, attribute, inactive: idle.inactive, seats: idle.seats }));
  }
  if (model.concealed > 0) notes.push(t('byAttribute.concealedNote', { count: model.concealed }));
  return notes;
}
