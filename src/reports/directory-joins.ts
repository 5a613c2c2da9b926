/**
 * Per-user report rows joined to the directory, and the answers made of them kept: an answer is computed
 * once per (report download, directory copy, what it asks), so asking again — `by department` a second
 * time, the same filter, another instance of the same question — is a lookup. Concurrent askers share one
 * computation. Concealed report names join nothing: that is refused plainly, never guessed around.
 */
import { phrase } from '../i18n/message-types.js';
import type { ReportId, RowOf } from './catalog.js';
import type { Directory, DirectoryMeta } from './directory-reader.js';
import type { DirectoryIndex } from './directory-index.js';
import { createAttributeMatcher } from './attribute-filter.js';
import { createAttributeGrouper, type AttributeGroups } from './group-by-attribute.js';
import type { AttributeFilter, GroupAttribute } from './group-attributes.js';
import { DirectoryJoinError } from './report-errors.js';
import type { Report, ReportMeta } from './report-service.js';

/** Answers kept at once; each is a few groups or one card's rows, so memory stays small. */
export const JOINED_ANSWERS_KEPT = 64;

/** An answer made of report rows and the directory, with the directory's metadata for the card. */
export type Joined<T> = { readonly directory: DirectoryMeta; readonly result: T };

/**
 * How a per-user report's rows count when joined to the directory. `reader` reads one report's rows: each
 * counted row's user and figures (the figures object may be reused from row to row), or undefined.
 */
export type UserMeasure<Id extends ReportId, K extends string> = {
  /** Names the measure in cache keys: one name, one way of counting. */
  readonly name: string;
  readonly report: Id;
  readonly keys: readonly K[];
  reader(meta: ReportMeta, today: string): (row: RowOf<Id>) => readonly [userPrincipalName: string, figures: Readonly<Record<K, number>>] | undefined;
};

/** Refuses a report whose user names are concealed: they join no one. */
export function checkJoinable(meta: Pick<ReportMeta, 'identities'>): void {
  if (meta.identities === 'concealed') throw concealedNamesError();
}

/**
 * Whether a user (by UPN) passes `filters` in today's directory, for streaming a report's rows through them
 * (a CSV file); undefined without filters. Refuses concealed names and filter values no user has.
 */
export async function readUserFilter(
  reports: { getDirectory(): Promise<Directory> },
  report: { readonly meta: ReportMeta },
  filters: readonly AttributeFilter[],
): Promise<((userPrincipalName: string) => boolean) | undefined> {
  if (filters.length === 0) return undefined;
  checkJoinable(report.meta);
  const { index } = await reports.getDirectory();
  const matches = createAttributeMatcher(index, filters)!;
  return (userPrincipalName) => matches(index.find(userPrincipalName));
}

export class DirectoryJoins {
  private readonly answers = new Map<string, Promise<unknown>>();

  constructor(
    private readonly readDirectory: () => Promise<Directory>,
    private readonly kept = JOINED_ANSWERS_KEPT,
  ) {}

  /**
   * `compute` over `report` and today's directory, or the answer kept for the same report download,
   * directory copy and `question` (which must name everything `compute` depends on). A failure is not kept.
   */
  async join<T>(report: { readonly meta: ReportMeta }, question: string, today: string, compute: (index: DirectoryIndex) => Promise<T>): Promise<Joined<T>> {
    checkJoinable(report.meta);
    const directory = await this.readDirectory();
    const { meta } = report;
    const key = [question, meta.report, meta.period, meta.date, meta.version, meta.refreshDate ?? today, meta.fetchedAt, directory.meta.day, directory.meta.fetchedAt].join('\u0000');
    let answer = this.answers.get(key);
    if (answer) {
      // Most recently used last: the oldest goes first when the map is full.
      this.answers.delete(key);
    } else {
      answer = compute(directory.index);
      answer.catch(() => {
        if (this.answers.get(key) === answer) this.answers.delete(key);
      });
    }
    this.answers.set(key, answer);
    for (const oldest of this.answers.keys()) {
      if (this.answers.size <= this.kept) break;
      this.answers.delete(oldest);
    }
    return { directory: directory.meta, result: (await answer) as T };
  }
}

/**
 * Streams `report`'s rows into one group per value of `attribute`, counting only the users that pass
 * `filters` (a filter value no user has is refused first).
 */
export async function groupReportRows<Id extends ReportId, K extends string>(
  report: Report<Id>,
  index: DirectoryIndex,
  measure: UserMeasure<Id, K>,
  attribute: GroupAttribute,
  filters: readonly AttributeFilter[],
  today: string,
): Promise<AttributeGroups<K>> {
  const matches = createAttributeMatcher(index, filters);
  const grouper = createAttributeGrouper(index, attribute, measure.keys);
  const read = measure.reader(report.meta, today);
  for await (const row of report.rows()) {
    const counted = read(row);
    if (counted && (!matches || matches(index.find(counted[0])))) grouper.add(counted[0], counted[1]);
  }
  return grouper.result();
}

/** What a join asks, for `DirectoryJoins.join`: the measure, the attribute and the filters, in one key. */
export function joinQuestion(measure: string, attribute: GroupAttribute | undefined, filters: readonly AttributeFilter[], extra = ''): string {
  const filtered = filters.map((filter) => `${filter.attribute}=${filter.value.trim().toLocaleLowerCase('en')}`).sort();
  return [measure, attribute ?? '', ...filtered, extra].join('\u0001');
}

function concealedNamesError(): DirectoryJoinError {
  return new DirectoryJoinError('NAMES_CONCEALED', phrase('directory.namesConcealed'));
}
