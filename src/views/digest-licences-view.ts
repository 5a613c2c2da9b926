/**
 * The digest's Licences section: per licence its idle seats and idle spend over the last 30 days with their
 * changes since the previous digest, the rest on one line, then all licences; hidden for a digest composed
 * without it.
 */
import type { DigestLicenceLine, DigestLicences, Section } from '../view-models.js';
import { cardAction } from './card-actions.js';
import type { DigestCardData } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { describeMoneyChange, withChange } from './digest-wording.js';
import { formatMoney } from './format-money.js';
import type { ViewContext } from './view-context.js';

/**
 * The Licences section: per licence its idle seats and idle spend over the last 30 days with ▲/▼, the rest in
 * one line, then all licences; hidden for a digest composed without it.
 */
export function licencesSection(section: Section<DigestLicences> | undefined, ctx: ViewContext): DigestCardData['licences'] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const hidden = { isShown: false, title: encode(''), note: encode(''), hasFacts: false, facts: [], actions: [] };
  if (!section) return hidden;
  if (section.status !== 'ok') return { ...hidden, isShown: true, title: encode(t('digestLicences.title', { period: 'none' })), note: encode(t('digest.unavailable', { code: section.code })) };
  const licences = section.data;
  const title = encode(t('digestLicences.title', { period: describePeriod(licences.period, messages) }));
  const actions = [cardAction(licences.action, messages)];
  if (licences.freshness.refreshDate === undefined) return { ...hidden, isShown: true, title, note: encode(t('digestLicences.noUsage')), actions };
  const money = (amount: number) => formatMoney(amount, licences.currency ?? '', format.locale);
  const idleValue = (line: Pick<DigestLicenceLine, 'seats' | 'monthlySpend'>) => {
    const seats = withChange(format.number(line.seats.current), line.seats, ctx);
    const change = line.monthlySpend?.change ? ` ${describeMoneyChange(line.monthlySpend.change, money, ctx)}` : '';
    const spend = line.monthlySpend ? ` · ${t('digestLicences.monthly', { money: money(line.monthlySpend.current) })}${change}` : licences.currency !== undefined ? ` · ${t('digestLicences.noPrice')}` : '';
    return `${seats}${spend}`;
  };
  const facts = [
    ...licences.lines.map((line) => ({ title: encode(line.label), value: encode(idleValue(line)) })),
    ...(licences.more.licences > 0
      ? [{ title: encode(t('digestLicences.more', { count: licences.more.licences })), value: encode(t('digestLicences.moreSeats', { count: licences.more.seats })) }]
      : []),
    { title: encode(t('digestLicences.all')), value: encode(idleValue(licences.total)) },
  ];
  const note = t('digestLicences.note', {
    date: format.date(licences.freshness.refreshDate),
    compared: licences.comparedWith !== undefined ? format.date(licences.comparedWith) : 'none',
    priced: licences.currency === undefined ? 'no' : 'yes',
  });
  return { isShown: true, title, note: encode(note), hasFacts: true, facts, actions };
}
