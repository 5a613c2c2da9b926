/**
 * CloudAdapter with our own front door. botbuilder's `process` writes `console.error(err)` (a raw stack
 * on stderr) and the error's message into the response body, and answers 500 for anything that is not
 * its own AuthenticationError. Here authentication runs first and any failure is a 401 with a fixed
 * body; a failure after it is a 500 with a fixed body; only names and codes are logged.
 */
import { CloudAdapter, type Activity, type Request, type Response, type TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { Logger } from '../logger.js';
import { TokenRefusedError } from './connector-token.js';
import { cleanActivity } from './inbound-activity.js';

/** What the HTTP server hands a checked activity to. */
export type ActivityProcessor = {
  processRequest(req: Request, res: Response, logic: (context: TurnContext) => Promise<void>): Promise<void>;
};

export class EdgeAdapter extends CloudAdapter implements ActivityProcessor {
  constructor(
    authentication: BotFrameworkAuthentication,
    private readonly logger: Logger,
  ) {
    super(authentication);
  }

  /** Authenticates and runs the turn for a request whose body the server already checked as an activity envelope. */
  async processRequest(req: Request, res: Response, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    // Fields that do not fit their schema are dropped here and named to the turn (activityProblems).
    const activity = cleanActivity(req.body ?? {}) as unknown as Activity;
    const header = req.headers.authorization ?? req.headers.Authorization;
    let authenticated: Awaited<ReturnType<BotFrameworkAuthentication['authenticateRequest']>>;
    try {
      authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, typeof header === 'string' ? header : '');
    } catch (error) {
      // A token that cannot be verified for any reason (bad signature, unknown key, key host down) is a 401.
      const code = error instanceof TokenRefusedError ? error.code : undefined;
      this.logger.warn('request refused', { status: 401, reason: 'token', errorName: error instanceof Error ? error.name : typeof error, check: code });
      res.header('WWW-Authenticate', 'Bearer');
      return answer(res, 401, { error: 'unauthorized' });
    }
    try {
      const invokeResponse = await this.processActivity(authenticated, activity, logic);
      return answer(res, invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      // The turn's own errors went to onTurnError; this is what escaped it (the connector client, turn results).
      this.logger.error('request failed', { errorName: error instanceof Error ? error.name : typeof error });
      return answer(res, 500, { error: 'internal' });
    }
  }
}

function answer(res: Response, status: number, body: unknown): void {
  res.status(status);
  if (body !== undefined) res.send(body);
  res.end();
}
