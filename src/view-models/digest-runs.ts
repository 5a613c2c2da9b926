/**
 * When a weekly digest is due and how its runs ended, as the digest commands show them.
 */

/** The days a weekly digest can go out on. */
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** When a digest is due each week, in the subscription's own time zone. */
export type DigestSchedule = {
  readonly day: Weekday;
  /** 24-hour `HH:MM`, e.g. `09:00`. */
  readonly time: string;
  /** An IANA time zone as Intl resolves it, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
};

/** How a digest run ended. */
export type DigestOutcome = 'posted' | 'failed' | 'missed' | 'gone';

/** One digest run as admins see it. */
export type DigestRun = {
  /** When it was due (ISO), or the minute `digest run-now` was asked for. */
  readonly occurrence: string;
  readonly trigger: 'schedule' | 'run-now';
  readonly state: 'claimed' | DigestOutcome;
  readonly finishedAt?: string;
  /** Why it failed or was missed: `HTTP_500`, `THROTTLED`, `LEASE_EXPIRED`, `PAST_GRACE`, … */
  readonly reason?: string;
  readonly status?: number;
};
