/**
 * One card-data builder per view, in a table typed over every view name: a view without a builder,
 * or a builder whose data does not match its card, does not compile.
 */
import type { ViewModels, ViewName } from '../view-models.js';
import { buildAccessDeniedCard } from './access-denied-view.js';
import { buildAlertRulesCard } from './alert-rules-view.js';
import { buildAlertTenantsCard } from './alert-tenants-view.js';
import { buildAlertCard } from './alert-view.js';
import { buildActivationsCard } from './activations-view.js';
import { buildAttributeGroupsCard } from './attribute-groups-view.js';
import type { CardData } from './card-data.js';
import { buildCopilotInactiveCard } from './copilot-inactive-view.js';
import { buildCopilotLicensesCard } from './copilot-licenses-view.js';
import { buildCopilotSummaryCard } from './copilot-summary-view.js';
import { buildCopilotTrendCard } from './copilot-trend-view.js';
import { buildCopilotUsersCard } from './copilot-users-view.js';
import { buildDigestStatusCard } from './digest-status-view.js';
import { buildDigestCard } from './digest-view.js';
import { buildErrorCard } from './error-view.js';
import { buildFileDeclinedCard } from './file-declined-view.js';
import { buildFileFallbackCard } from './file-fallback-view.js';
import { buildGroupsInactiveCard } from './groups-inactive-view.js';
import { buildGroupsCard } from './groups-view.js';
import { buildHelpCard } from './help-view.js';
import { buildProgressCard } from './progress-view.js';
import { buildSentPrivatelyCard } from './sent-privately-view.js';
import { buildStatusCard } from './status-view.js';
import { buildOverviewCard } from './overview-view.js';
import { buildTenantsCard } from './tenants-view.js';
import type { ViewContext } from './view-context.js';
import { buildWorkloadCard } from './workload-view.js';

/** Each view is drawn by the card of the same name. */
export type ViewBuilder<K extends ViewName> = (model: ViewModels[K], ctx: ViewContext) => CardData[K];

/** The builder of every view. */
export const VIEW_BUILDERS: { readonly [K in ViewName]: ViewBuilder<K> } = {
  'copilot-summary': buildCopilotSummaryCard,
  'copilot-users': buildCopilotUsersCard,
  'copilot-inactive': buildCopilotInactiveCard,
  'copilot-trend': buildCopilotTrendCard,
  'copilot-licenses': buildCopilotLicensesCard,
  'attribute-groups': buildAttributeGroupsCard,
  activations: buildActivationsCard,
  groups: buildGroupsCard,
  'groups-inactive': buildGroupsInactiveCard,
  workload: buildWorkloadCard,
  help: buildHelpCard,
  status: buildStatusCard,
  error: buildErrorCard,
  'access-denied': buildAccessDeniedCard,
  'sent-privately': buildSentPrivatelyCard,
  'file-declined': buildFileDeclinedCard,
  'file-fallback': buildFileFallbackCard,
  digest: buildDigestCard,
  'digest-status': buildDigestStatusCard,
  progress: buildProgressCard,
  tenants: buildTenantsCard,
  overview: buildOverviewCard,
  'alert-tenants': buildAlertTenantsCard,
  alert: buildAlertCard,
  'alert-rules': buildAlertRulesCard,
};

/** A view's message as the card data of its card. */
export function buildCardData<K extends ViewName>(message: { readonly view: K; readonly model: ViewModels[K] }, ctx: ViewContext): CardData[K] {
  const build: ViewBuilder<K> = VIEW_BUILDERS[message.view];
  return build(message.model, ctx);
}
