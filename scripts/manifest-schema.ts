/**
 * Offline validation of a Teams app manifest against the JSON schema its `$schema` names, read from
 * the copies shipped in @microsoft/app-manifest, so packaging and tests never fetch a schema.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';

const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/(?:en-us\/)?json-schemas\/teams\/(v[\d.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/;

/** Path of the shipped schema file for a manifest's `$schema` URL; throws for a URL it does not know. */
export function resolveManifestSchemaPath(schemaUrl: string): string {
  const version = SCHEMA_URL.exec(schemaUrl)?.[1];
  if (!version) throw new Error(`$schema "${schemaUrl}" is not a Teams manifest schema URL this project can validate offline.`);
  const packageJson = createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json');
  return path.join(path.dirname(packageJson), 'build', 'json-schemas', 'teams', version, 'MicrosoftTeams.schema.json');
}

/** Reads a shipped schema. Schemas from v1.23 on hold `\a` and `\v` regex escapes, which are not JSON. */
export function readManifestSchema(schemaUrl: string): object {
  const raw = readFileSync(resolveManifestSchemaPath(schemaUrl), 'utf8');
  return JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as object;
}

/** Schema errors of a manifest (`[]` when valid), as "/json/pointer message" lines. */
export async function validateManifest(manifest: { readonly $schema?: unknown }): Promise<string[]> {
  if (typeof manifest.$schema !== 'string') return ['/$schema is missing: name the Teams manifest schema version.'];
  const schema = readManifestSchema(manifest.$schema);
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as AppManifest, schema as never);
  return errors.map((error) => error.replace(/\. Details: .*$/, ''));
}
