/**
 * `GET /{v1.0|beta}/users` and `GET /{v1.0|beta}/users/delta` over the synthetic directory of the
 * emulator's clock day. The list pages with `$top` (1–999, default 100) and `@odata.nextLink`; delta
 * rounds page with `@odata.nextLink` and end in an `@odata.deltaLink` whose token holds the day it was
 * issued, so a later call returns what was added, changed or removed since. Generated page by page.
 */
import type { GraphError } from './graph-error.js';
import { buildNextLink, decodeSkipToken, encodeSkipToken } from './skip-token.js';
import {
  generateDirectoryUser,
  iterateDirectoryChanges,
  iterateDirectoryIndexes,
  type DirectoryUser,
} from './synthetic-directory.js';
import type { TenantSpec } from './synthetic-tenant.js';
import { DEFAULT_USER_PROPERTIES, parseUserSelect, projectUser, userPropertyValue } from './user-properties.js';

/** `/users` and `/users/delta` (also `delta()` and `microsoft.graph.delta`), either API version. */
const USERS_ROUTE = /^\/(v1\.0|beta)\/users(\/(?:microsoft\.graph\.)?delta(?:\(\))?)?\/?$/i;

/** Which users endpoint a path names, or undefined when it names neither. */
export function matchUsersRoute(pathname: string): { readonly apiVersion: string; readonly delta: boolean } | undefined {
  const route = USERS_ROUTE.exec(pathname);
  return route ? { apiVersion: route[1]!.toLowerCase(), delta: route[2] !== undefined } : undefined;
}

/** A users request: the URL as sent, the emulator's base URL and day, and whether it asked for `Prefer: return=minimal`. */
export type UsersRequest = {
  readonly url: URL;
  readonly baseUrl: string;
  readonly spec: TenantSpec;
  readonly today: number;
  readonly preferMinimal: boolean;
};

/** The body and headers of a users answer, or Graph's refusal. */
export type UsersAnswer = { readonly body: string; readonly headers: Record<string, string> } | { readonly error: GraphError };

/** Graph's page size for users without `$top`, and the most `$top` may ask for. */
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 999;
/** Changes per delta page. */
const DELTA_PAGE_SIZE = 200;
/** Delta links for directory resources last seven days (Microsoft 365 Developer Blog, 2020-07-03). */
export const DELTA_TOKEN_DAYS = 7;

const LIST_OPTIONS = new Set(['$select', '$top', '$skiptoken']);
const DELTA_OPTIONS = new Set(['$select', '$deltatoken', '$skiptoken']);

/** Answers `GET /users` or `GET /users/delta`. */
export function answerUsers(request: UsersRequest, delta: boolean): UsersAnswer {
  const query = readQuery(request.url, delta ? DELTA_OPTIONS : LIST_OPTIONS, delta ? 'users/delta' : 'users');
  if ('status' in query) return { error: query };
  const select = query.get('$select');
  const properties = select === undefined ? DEFAULT_USER_PROPERTIES : parseUserSelect(select);
  if ('status' in properties) return { error: properties };
  return delta ? answerDelta(request, query, properties) : answerList(request, query, properties);
}

function answerList(request: UsersRequest, query: Query, properties: readonly string[]): UsersAnswer {
  const top = parseTop(query.get('$top'));
  if (typeof top !== 'number') return { error: top };
  const token = query.get('$skiptoken');
  const position = token === undefined ? { cursor: 0, refreshDay: request.today } : decodeSkipToken(token);
  if (!position) return { error: invalidToken('$skiptoken', token!) };
  // A listing reads the directory of the day its first page was read, whatever the clock does meanwhile.
  const indexes = iterateDirectoryIndexes(request.spec, position.refreshDay, position.cursor);
  const users = take(indexes, top + 1).map((index) => generateDirectoryUser(request.spec, index, position.refreshDay));
  const next = users[top];
  const nextLink = next ? buildNextLink(request.baseUrl, request.url, encodeSkipToken({ cursor: next.index, refreshDay: position.refreshDay })) : undefined;
  const value = users.slice(0, top).map((user) => projectUser(user, properties));
  const body = { '@odata.context': contextOf(request.url, properties, query.has('$select')), ...(nextLink ? { '@odata.nextLink': nextLink } : {}), value };
  // Identity reads cost resource units: 2 for users, 1 less with $select, 1 less with $top under 20, at least 1.
  const cost = Math.max(1, 2 - (query.has('$select') ? 1 : 0) - (top < 20 ? 1 : 0));
  return { body: JSON.stringify(body), headers: { 'x-ms-resource-unit': String(cost) } };
}

/** Where a delta round is: from which day (none in the first round) to which, the next index, what it tracks. */
type DeltaState = { readonly from?: number; readonly to: number; readonly cursor: number; readonly select: readonly string[] };

function answerDelta(request: UsersRequest, query: Query, properties: readonly string[]): UsersAnswer {
  const deltaToken = query.get('$deltatoken');
  const skipToken = query.get('$skiptoken');
  let state: DeltaState;
  if (deltaToken?.toLowerCase() === 'latest') {
    // "Sync from now": no users, only a deltaLink for changes from today on.
    return deltaPage(request, { to: request.today, cursor: 0, select: properties }, [], undefined);
  } else if (deltaToken !== undefined || skipToken !== undefined) {
    const decoded = decodeDeltaState(deltaToken ?? skipToken!);
    if (!decoded || request.today - (decoded.from ?? decoded.to) > DELTA_TOKEN_DAYS || decoded.to > request.today) return { error: SYNC_STATE_NOT_FOUND };
    // A deltaLink asks for what changed from the day it was issued until today.
    state = deltaToken !== undefined ? { from: decoded.to, to: request.today, cursor: 0, select: decoded.select } : decoded;
  } else {
    state = { to: request.today, cursor: 0, select: properties };
  }
  const items = take(deltaItems(request, state), DELTA_PAGE_SIZE + 1);
  return deltaPage(request, state, items.slice(0, DELTA_PAGE_SIZE).map((item) => item.value), items[DELTA_PAGE_SIZE]?.index);
}

function deltaPage(request: UsersRequest, state: DeltaState, value: readonly unknown[], nextIndex: number | undefined): UsersAnswer {
  const path = `${request.baseUrl}${request.url.pathname}`;
  const link =
    nextIndex === undefined
      ? { '@odata.deltaLink': `${path}?$deltatoken=${encodeDeltaState({ to: state.to, cursor: 0, select: state.select })}` }
      : { '@odata.nextLink': `${path}?$skiptoken=${encodeDeltaState({ ...state, cursor: nextIndex })}` };
  const body = { '@odata.context': contextOf(request.url, state.select, true), ...link, value };
  const minimal = request.preferMinimal && state.from !== undefined;
  return { body: JSON.stringify(body), headers: minimal ? { 'Preference-Applied': 'return=minimal' } : {} };
}

type DeltaItem = { readonly index: number; readonly value: Record<string, unknown> };

/** The items of a round from its cursor on: every user in the first round; changes in later ones. */
function* deltaItems(request: UsersRequest, state: DeltaState): Generator<DeltaItem> {
  const { spec } = request;
  if (state.from === undefined) {
    for (const index of iterateDirectoryIndexes(spec, state.to, state.cursor)) {
      yield { index, value: projectUser(generateDirectoryUser(spec, index, state.to), state.select, true) };
    }
    return;
  }
  for (const change of iterateDirectoryChanges(spec, state.from, state.to, state.cursor)) {
    const after = generateDirectoryUser(spec, change.index, state.to);
    if (change.kind === 'removed') {
      yield { index: change.index, value: { id: after.id, '@removed': { reason: change.reason } } };
      continue;
    }
    if (change.kind === 'added') {
      yield { index: change.index, value: projectUser(after, state.select, true) };
      continue;
    }
    // Only the properties a round tracks (its $select) count as changes.
    const changed = changedProperties(generateDirectoryUser(spec, change.index, state.from), after, state.select);
    if (changed.length > 0) yield { index: change.index, value: deltaUser(after, changed, state.select, request.preferMinimal) };
  }
}

function changedProperties(before: DirectoryUser, after: DirectoryUser, properties: readonly string[]): readonly string[] {
  return properties.filter((property) => property !== 'id' && userPropertyValue(before, property) !== userPropertyValue(after, property));
}

// Default: every tracked property that is set, and those changed (null included); minimal: the changed ones.
function deltaUser(user: DirectoryUser, changed: readonly string[], tracked: readonly string[], minimal: boolean): Record<string, unknown> {
  const shown = minimal ? [...changed, 'id'] : tracked.filter((property) => changed.includes(property) || userPropertyValue(user, property) !== null);
  return projectUser(user, shown);
}

/** Graph's answer to an expired or unknown delta token (Microsoft 365 Developer Blog, 2020-07-03). */
const SYNC_STATE_NOT_FOUND: GraphError = {
  status: 400,
  code: 'syncStateNotFound',
  message: 'The sync state generation is not found. The delta token is expired and data must be synchronized again.',
};

function encodeDeltaState(state: DeltaState): string {
  return Buffer.from(JSON.stringify({ f: state.from, t: state.to, c: state.cursor, s: state.select }), 'utf8').toString('base64url');
}

function decodeDeltaState(token: string): DeltaState | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    // Not a token this emulator wrote: Graph cannot find its sync state either.
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { f, t, c, s } = raw as Record<string, unknown>;
  const isDay = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
  if ((f !== undefined && !isDay(f)) || !isDay(t) || !isDay(c) || !Array.isArray(s) || !s.every((name) => typeof name === 'string')) return undefined;
  const select = parseUserSelect(s.join(','));
  if (!Array.isArray(select)) return undefined;
  return { ...(f !== undefined ? { from: f } : {}), to: t, cursor: c, select };
}

type Query = Map<string, string>;

// OData system query options by lower-cased name (`%24top` is decoded by URLSearchParams already).
function readQuery(url: URL, allowed: ReadonlySet<string>, resource: string): Query | GraphError {
  const query: Query = new Map();
  for (const [name, value] of url.searchParams) {
    const key = name.toLowerCase();
    if (!allowed.has(key)) {
      const message = `The query option '${name}' is not supported on ${resource} by this emulator; it supports ${[...allowed].join(', ')}.`;
      return { status: 400, code: 'Request_UnsupportedQuery', message };
    }
    if (query.has(key)) return { status: 400, code: 'Request_BadRequest', message: `The query option '${name}' is given more than once.` };
    query.set(key, value);
  }
  return query;
}

function parseTop(value: string | undefined): number | GraphError {
  if (value === undefined) return DEFAULT_PAGE_SIZE;
  const top = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (top >= 1 && top <= MAX_PAGE_SIZE) return top;
  return {
    status: 400,
    code: 'Request_BadRequest',
    message: `Invalid page size specified: '${value}'. Must be between 1 and ${MAX_PAGE_SIZE} inclusive.`,
  };
}

function invalidToken(option: string, token: string): GraphError {
  return { status: 400, code: 'Request_BadRequest', message: `Invalid value '${token}' for query option '${option}'. Use the @odata.nextLink of the previous page as is.` };
}

function contextOf(url: URL, properties: readonly string[], selected: boolean): string {
  const version = url.pathname.split('/')[1];
  return `https://graph.microsoft.com/${version}/$metadata#users${selected ? `(${properties.join(',')})` : ''}`;
}

function take<T>(items: Iterable<T>, count: number): T[] {
  const taken: T[] = [];
  if (count <= 0) return taken;
  for (const item of items) {
    taken.push(item);
    if (taken.length >= count) break;
  }
  return taken;
}
