/**
 * A per-user answer by department, country, office, company or job title: the totals, then one row per
 * value sorted by what the answer is about (most users, most inactive, most idle spend), every figure as
 * text with a text bar, "other" last. Both sources' freshness is stated: the report's refresh date and the
 * directory's day. Values come from the directory as free text and are escaped like any report text.
 */
import type { AttributeRow, GroupFocus, GroupSubject, ViewModels } from '../view-models.js';
import { GROUP_ATTRIBUTES, SMALLEST_GROUP_IN_CHANNELS } from '../reports/group-attributes.js';
import { NOT_IN_DIRECTORY_LABEL, NOT_SET_LABEL } from '../reports/group-by-attribute.js';
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
  const { encode } = ctx;
  const names = GROUP_ATTRIBUTES[model.attribute];
  return {
    header: reportHeader(titleOf(model), model.freshness, ctx),
    directory: directoryLines(model, ctx),
    filterNote: { isShown: model.filters.length > 0, text: encode(describeFilters(model.filters)) },
    facts: totalFacts(model, ctx),
    hasRows: model.rows.length > 0,
    emptyNote: encode(`No ${population(model)} in this period, so no ${names.plural} to show.`),
    rowsTitle: encode(`${capitalize(names.plural)} · ${ORDER[model.focus]}`),
    rows: model.rows.map((row) => ({ title: encode(rowTitle(row, model, ctx)), value: encode(rowFigures(row, model, ctx)) })),
    notes: notesOf(model, ctx).map((text) => ({ text: encode(text) })),
    actions: cardActions(model.actions),
  };
}

const ORDER: { readonly [F in GroupFocus]: string } = {
  users: 'most users first',
  inactive: 'most inactive first',
  idle: 'most idle spend first',
};

/** What each subject's answers are called, and whom they count. */
const SUBJECTS: { readonly [S in GroupSubject]: { readonly [F in GroupFocus]: string } & { readonly population: string } } = {
  copilot: { users: 'Copilot adoption', inactive: 'Inactive Copilot seats', idle: 'Copilot idle seats', population: POPULATION.enabledUsers },
  'microsoft-365': { users: 'Microsoft 365 usage', inactive: 'Inactive Microsoft 365 users', idle: 'Inactive users and their licences', population: 'Licensed users' },
};

/** "Copilot adoption by department · last 30 days"; Copilot's idle seats' title has no period: they always count the idle window. */
function titleOf(model: Model): string {
  const title = `${SUBJECTS[model.subject][model.focus]} by ${GROUP_ATTRIBUTES[model.attribute].singular}`;
  return model.focus === 'idle' && model.subject === 'copilot' ? title : `${title} · ${describePeriod(model.period)}`;
}

function directoryLines(model: Model, { format, encode }: ViewContext): CardData['attribute-groups']['directory'] {
  const { directory } = model;
  const read = directory.refresh === 'full' ? 'read in full' : 'brought up to date with the day\'s changes';
  const isStale = directory.cache === 'stale';
  return {
    text: encode(`Directory (${format.number(directory.users)} users) as of ${format.date(directory.day)}, ${read}`),
    isStale,
    staleNote: encode(isStale ? `⚠ The directory could not be read today; its copy of ${format.date(directory.day)} stands in. Ask again later for today's.` : ''),
  };
}

function totalFacts(model: Model, ctx: ViewContext): Fact[] {
  const { format, encode } = ctx;
  const { total } = model;
  const names = GROUP_ATTRIBUTES[model.attribute];
  const enabled = { title: encode(SUBJECTS[model.subject].population), value: encode(`${format.number(total.users)} in ${format.number(model.valueCount)} ${model.valueCount === 1 ? names.singular : names.plural}`) };
  const activeLabel = model.subject === 'copilot' ? adoptionLabel(model.period) : `Active in any workload · ${describePeriod(model.period)}`;
  const adoption = { title: encode(activeLabel), value: encode(shareText(total.active, total.users, 'active', ctx)) };
  switch (model.focus) {
    case 'users':
      return [enabled, adoption];
    case 'inactive':
      return [enabled, { title: encode(`Inactive · ${describePeriod(model.period)}`), value: encode(inactiveText(total.users - total.active, total.neverActive ?? 0, total.users, format)) }];
    case 'idle':
      return [enabled, adoption, ...(model.licences ? idleFacts(model.licences, ctx) : [{ title: encode(`Inactive · ${describePeriod(model.period)}`), value: encode(idleText(total, model, ctx)) }])];
  }
}

function rowTitle(row: AttributeRow, model: Model, { format }: ViewContext): string {
  if (row.kind !== 'other') return shortLabel(row.label);
  const names = GROUP_ATTRIBUTES[model.attribute];
  return `Other (${format.number(row.values ?? 0)} ${row.values === 1 ? names.singular : names.plural})`;
}

/** A row's figures: what the answer is about first, then its users and active share. */
function rowFigures(row: AttributeRow, model: Model, ctx: ViewContext): string {
  const { format } = ctx;
  switch (model.focus) {
    case 'users':
      return shareText(row.active, row.users, 'active', ctx);
    case 'inactive': {
      const never = row.neverActive !== undefined ? ` · ${format.number(row.neverActive)} never active` : '';
      return `${shareText(row.users - row.active, row.users, 'inactive', ctx)}${never}`;
    }
    case 'idle':
      return model.licences ? `${idleSeatsText(row, model, ctx)} · ${shareText(row.active, row.users, 'active', ctx)}` : idleText(row, model, ctx);
  }
}

/** "12 idle seats · $340.00 a month", spend only with a price. */
function idleSeatsText(row: Pick<AttributeRow, 'idle' | 'idleMonthly'>, model: Model, { format }: ViewContext): string {
  const idle = row.idle ?? 0;
  const currency = model.licences?.spend?.currency ?? model.currency;
  const spend = row.idleMonthly !== undefined && currency !== undefined ? ` · ${formatMoney(row.idleMonthly, currency, format.locale)} a month` : '';
  return `${format.number(idle)} idle ${idle === 1 ? 'seat' : 'seats'}${spend}`;
}

/** Inactive users with their licences' idle seats and spend: "█░░ 10.0% inactive · 4 of 40 users · 6 idle seats · $340.00 a month". */
function idleText(row: Omit<AttributeRow, 'kind' | 'label' | 'values'>, model: Model, ctx: ViewContext): string {
  return `${shareText(row.users - row.active, row.users, 'inactive', ctx)} · ${idleSeatsText(row, model, ctx)}`;
}

/** "███▍░░░░░░ 34.3% active · 123 of 359 users"; "no users in this period" for a group of none. */
function shareText(part: number, users: number, what: string, { format }: ViewContext): string {
  const rate = adoptionRate(part, users);
  if (rate === undefined) return 'no users in this period';
  return `${proportionalBar(part, users)} ${format.percent(rate)} ${what} · ${format.number(part)} of ${format.number(users)} ${users === 1 ? 'user' : 'users'}`;
}

/** What the special rows hold, why rows fold, where the unassigned seats are. */
function notesOf(model: Model, { format }: ViewContext): string[] {
  const names = GROUP_ATTRIBUTES[model.attribute];
  const notes: string[] = [];
  const kinds = new Set(model.rows.map((row) => row.kind));
  if (kinds.has('not-set')) notes.push(`"${NOT_SET_LABEL}": users whose ${names.singular} is empty in the directory.`);
  if (kinds.has('not-in-directory')) notes.push(`"${NOT_IN_DIRECTORY_LABEL}": users in the report whom the directory no longer has (deleted since the report's refresh date).`);
  if (model.smallGroupsFolded > 0) {
    notes.push(
      `Here, ${names.plural} of fewer than ${format.number(SMALLEST_GROUP_IN_CHANNELS)} users are counted in "Other" so no one is singled out ` +
        `(${format.number(model.smallGroupsFolded)} of them); your personal chat with the bot shows them.`,
    );
  }
  if (kinds.has('other')) notes.push(`"Other" sums the ${names.plural} not shown; the CSV file lists every one.`);
  if (model.licences) {
    const { idle } = model.licences;
    notes.push(
      `The ${format.number(idle.unassigned)} unassigned seats are bought and held by no one, so they belong to no ${names.singular}: ` +
        `the ${names.plural}' ${format.number(idle.inactive)} idle seats and the unassigned make the tenant's ${format.number(idle.seats)}.`,
    );
  }
  if (model.concealed > 0) notes.push(`${format.number(model.concealed)} users of the report have concealed names and are in no row.`);
  return notes;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "enabled users", "licensed users": whom the answer counts, in a sentence. */
function population(model: Model): string {
  return SUBJECTS[model.subject].population.toLowerCase();
}
