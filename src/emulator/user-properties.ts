/**
 * The user resource's properties as `$select` knows them (from Graph's user resource page), the
 * default set `GET /users` returns without `$select`, and a directory user projected onto a selection.
 */
import type { GraphError } from './graph-error.js';
import type { DirectoryUser } from './synthetic-directory.js';

/** Every property of Graph's user resource (v1.0). */
const USER_PROPERTIES = [
  'aboutMe', 'accountEnabled', 'ageGroup', 'assignedLicenses', 'assignedPlans', 'birthday', 'businessPhones',
  'city', 'companyName', 'consentProvidedForMinor', 'country', 'createdDateTime', 'creationType',
  'deletedDateTime', 'department', 'displayName', 'employeeHireDate', 'employeeLeaveDateTime', 'employeeId',
  'employeeOrgData', 'employeeType', 'externalUserState', 'externalUserStateChangeDateTime', 'faxNumber',
  'givenName', 'hireDate', 'id', 'identities', 'imAddresses', 'interests', 'isResourceAccount', 'jobTitle',
  'lastPasswordChangeDateTime', 'legalAgeGroupClassification', 'licenseAssignmentStates', 'mail',
  'mailboxSettings', 'mailNickname', 'mobilePhone', 'mySite', 'officeLocation', 'onPremisesDistinguishedName',
  'onPremisesDomainName', 'onPremisesExtensionAttributes', 'onPremisesImmutableId', 'onPremisesLastSyncDateTime',
  'onPremisesProvisioningErrors', 'onPremisesSamAccountName', 'onPremisesSecurityIdentifier',
  'onPremisesSyncEnabled', 'onPremisesUserPrincipalName', 'otherMails', 'passwordPolicies', 'passwordProfile',
  'pastProjects', 'postalCode', 'preferredDataLocation', 'preferredLanguage', 'preferredName', 'provisionedPlans',
  'proxyAddresses', 'refreshTokensValidFromDateTime', 'responsibilities', 'schools', 'securityIdentifier',
  'showInAddressList', 'signInActivity', 'signInSessionsValidFromDateTime', 'skills', 'state', 'streetAddress',
  'surname', 'usageLocation', 'userPrincipalName', 'userType',
] as const;

/** What `GET /users` returns without `$select`. */
export const DEFAULT_USER_PROPERTIES: readonly string[] = [
  'businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation',
  'preferredLanguage', 'surname', 'userPrincipalName', 'id',
];

// Only a single user's GET returns these; `$select` of them on the collection answers 501.
const SINGLE_USER_ONLY = new Set([
  'aboutMe', 'birthday', 'hireDate', 'interests', 'mySite', 'pastProjects', 'preferredName', 'responsibilities',
  'schools', 'skills', 'mailboxSettings',
]);

const BY_LOWER_CASE = new Map<string, string>(USER_PROPERTIES.map((name) => [name.toLowerCase(), name]));

/** The properties a `$select` value names, spelled as Graph spells them and with `id` (always returned); or Graph's refusal. */
export function parseUserSelect(value: string): readonly string[] | GraphError {
  const names: string[] = [];
  for (const raw of value.split(',')) {
    const name = BY_LOWER_CASE.get(raw.trim().toLowerCase());
    if (name === undefined) {
      const message = `Parsing OData Select and Expand failed: Could not find a property named '${raw.trim()}' on type 'microsoft.graph.user'.`;
      return { status: 400, code: 'Request_BadRequest', message };
    }
    if (SINGLE_USER_ONLY.has(name)) {
      const message = `The property '${name}' can only be selected when reading a single user, not a collection.`;
      return { status: 501, code: 'NotImplemented', message };
    }
    if (!names.includes(name)) names.push(name);
  }
  return names.includes('id') ? names : [...names, 'id'];
}

/** A property's value for `user`; null for the properties the emulator gives no value. */
export function userPropertyValue(user: DirectoryUser, property: string): unknown {
  switch (property) {
    case 'id':
    case 'userPrincipalName':
    case 'displayName':
    case 'department':
    case 'country':
    case 'usageLocation':
    case 'officeLocation':
    case 'companyName':
    case 'jobTitle':
    case 'accountEnabled':
      return user[property];
    case 'mail':
      return user.userPrincipalName;
    case 'businessPhones':
      return [];
    default:
      return null;
  }
}

/** `user` with the `properties` asked for; `omitUnset` leaves out those never set, as delta responses do. */
export function projectUser(user: DirectoryUser, properties: readonly string[], omitUnset = false): Record<string, unknown> {
  const projected: Record<string, unknown> = {};
  for (const property of properties) {
    const value = userPropertyValue(user, property);
    if (!omitUnset || value !== null) projected[property] = value;
  }
  return projected;
}
