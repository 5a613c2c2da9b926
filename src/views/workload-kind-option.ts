/**
 * A workload answer's kind as a catalog message's select option: options are letters and digits
 * (intl-messageformat refuses a hyphen), so `inactive-users` is `inactiveUsers`.
 */
import type { WorkloadKind } from '../workload-view-models.js';

export function kindOption(kind: WorkloadKind): string {
  return kind === 'inactive-users' ? 'inactiveUsers' : kind;
}
