/**
 * The emulator's directory as raw Graph JSON, read page by page with plain fetch (not the bot's Graph
 * client or parser), so tests compute their expected numbers from what Graph sends.
 */
import { expect } from 'vitest';

/** A user object as Graph sends it, or a removal (`@removed`) in a delta page. */
export type RawUser = Record<string, unknown> & { readonly id: string };

/** The properties the bot's directory reader selects. */
export const READER_SELECT = 'id,userPrincipalName,department,country,usageLocation,officeLocation,companyName,jobTitle,accountEnabled';

/** GETs `url` (absolute, or a path on `baseUrl`) with a bearer token and returns the JSON body and response. */
export async function getGraphJson(baseUrl: string, url: string, headers: Record<string, string> = {}): Promise<{ response: Response; body: Record<string, unknown> }> {
  const response = await fetch(url.startsWith('http') ? url : baseUrl + url, { headers: { authorization: 'Bearer test', ...headers } });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

/** Every page from `path` on, following `@odata.nextLink`: the items, the pages' sizes and the final deltaLink. */
export async function readAllPages(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<{ users: RawUser[]; pageSizes: number[]; deltaLink?: string }> {
  const users: RawUser[] = [];
  const pageSizes: number[] = [];
  let next: string | undefined = path;
  let deltaLink: string | undefined;
  while (next !== undefined) {
    const { response, body } = await getGraphJson(baseUrl, next, headers);
    expect(response.status, JSON.stringify(body)).toBe(200);
    const value = body.value as RawUser[];
    users.push(...value);
    pageSizes.push(value.length);
    next = body['@odata.nextLink'] as string | undefined;
    deltaLink = body['@odata.deltaLink'] as string | undefined;
  }
  return { users, pageSizes, ...(deltaLink !== undefined ? { deltaLink } : {}) };
}

/** The whole directory of the emulator's day with the reader's properties, by id. */
export async function readRawDirectory(baseUrl: string): Promise<Map<string, RawUser>> {
  const { users } = await readAllPages(baseUrl, `/v1.0/users?$select=${READER_SELECT}&$top=999`);
  return new Map(users.map((user) => [user.id, user]));
}
