/**
 * The digest's Licences section: per licence its idle seats and idle spend over the last 30 days with their
 * changes since the previous digest, the rest on one line, then all licences; hidden for a digest composed
 * without it.
 */
import type { DigestLicenceLine, DigestLicences, Section } from '../view-models.js';
import { cardAction } from './card-actions.js';
import type { DigestCardData } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { capitalize, describeMoneyChange, unavailableNote, withChange } from './digest-wording.js';
import { formatMoney } from './format-money.js';
import type { ViewContext } from './view-context.js';

/**
 * The Licences section: per licence its idle seats and idle spend over the last 30 days with ▲/▼, the rest in
 * one line, then all licences; hidden for a digest composed without it.
 */
export function licencesSection(section: Section<DigestLicences> | undefined, ctx: ViewContext): DigestCardData['licences'] {
  const { format, encode } = ctx;
  const hidden = { isShown: false, title: encode(''), note: encode(''), hasFacts: false, facts: [], actions: [] };
  if (!section) return hidden;
  if (section.status !== 'ok') return { ...hidden, isShown: true, title: encode('Licences'), note: encode(capitalize(unavailableNote(section.code))) };
  const licences = section.data;
  const title = encode(`Licences · idle seats, ${describePeriod(licences.period)}`);
  const actions = [cardAction(licences.action)];
  if (licences.freshness.refreshDate === undefined) return { ...hidden, isShown: true, title, note: encode('Microsoft has no usage for this tenant yet.'), actions };
  const comparison =
    licences.comparedWith !== undefined ? `changes since the digest with data as of ${format.date(licences.comparedWith)}` : 'changes show from the next digest on';
  const price = licences.currency === undefined ? ' Set LICENSE_PRICES to see what they cost.' : '';
  const money = (amount: number) => formatMoney(amount, licences.currency ?? '', format.locale);
  const idleValue = (line: Pick<DigestLicenceLine, 'seats' | 'monthlySpend'>) => {
    const seats = withChange(format.number(line.seats.current), line.seats, ctx);
    const change = line.monthlySpend?.change ? ` ${describeMoneyChange(line.monthlySpend.change, money, ctx)}` : '';
    const spend = line.monthlySpend ? ` · ${money(line.monthlySpend.current)} a month${change}` : licences.currency !== undefined ? ' · price not set' : '';
    return `${seats}${spend}`;
  };
  const facts = [
    ...licences.lines.map((line) => ({ title: encode(line.label), value: encode(idleValue(line)) })),
    ...(licences.more.licences > 0
      ? [{ title: encode(`${format.number(licences.more.licences)} more licences`), value: encode(`${format.number(licences.more.seats)} idle seats`) }]
      : []),
    { title: encode('All licences'), value: encode(idleValue(licences.total)) },
  ];
  return {
    isShown: true,
    title,
    note: encode(`Usage as of ${format.date(licences.freshness.refreshDate)}, licences live; unassigned seats and seats whose holder used nothing; ${comparison}.${price}`),
    hasFacts: true,
    facts,
    actions,
  };
}
