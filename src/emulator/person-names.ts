/**
 * Name pools for synthetic users: varied, partly non-ASCII, each with the ASCII form a UPN would use.
 * A few display names carry commas, quotes or Markdown-like characters on purpose, because real
 * directories contain them and the CSV writer and card renderer downstream must cope.
 */
import type { RandomSequence } from './seeded-random.js';

/** A name as shown and as folded into a user principal name. */
export type NamePart = { readonly shown: string; readonly ascii: string };

const part = (shown: string, ascii: string = shown.toLowerCase()): NamePart => ({ shown, ascii });

/** Given names, several with diacritics. */
export const GIVEN_NAMES: readonly NamePart[] = [
  part('Zoë', 'zoe'), part('Łukasz', 'lukasz'), part('José', 'jose'), part('Søren', 'soren'),
  part('Aoife'), part('Chloé', 'chloe'), part('François', 'francois'), part('Björn', 'bjorn'),
  part('Ana'), part('Mateo'), part('Priya'), part('Arjun'), part('Wei'), part('Mei'),
  part('Olga'), part('Fatima'), part('Mohammed'), part('Yusuf'), part('Emma'), part('Liam'),
  part('Noah'), part('Olivia'), part('Sofia'), part('Hannah'), part('Jamal'), part('Kwame'),
  part('Ngozi'), part('Siobhán', 'siobhan'), part('Renée', 'renee'), part('Åsa', 'asa'),
  part('Jürgen', 'jurgen'), part('Małgorzata', 'malgorzata'), part('Tomás', 'tomas'),
  part('Ingrid'), part('Kenji'), part('Aiko'), part('Daniel'), part('Grace'), part('Omar'),
  part('Leila'), part('Chidi'), part('Isabella'), part('Lucas'), part('Mia'), part('Ethan'),
  part('Amélie', 'amelie'), part('Nikolai'), part('Anh'), part('Ravi'), part('Sarah'),
];

/** Family names, including an apostrophe, a particle and letters outside Latin-1. */
export const SURNAMES: readonly NamePart[] = [
  part('Müller', 'muller'), part('Nowak'), part('García', 'garcia'), part('Søndergaard', 'sondergaard'),
  part("O'Brien", 'obrien'), part('Smith'), part('Johnson'), part('Chen'), part('Wang'), part('Kim'),
  part('Nguyen'), part('Patel'), part('Singh'), part('Kowalski'), part('Rossi'), part('Dubois'),
  part('Schmidt'), part('Jensen'), part('Hansen'), part('Ivanova'), part('Okafor'), part('Mensah'),
  part('Haddad'), part('Cohen'), part('Yılmaz', 'yilmaz'), part('Çelik', 'celik'), part('Novák', 'novak'),
  part('Dvořák', 'dvorak'), part('Fernández', 'fernandez'), part('Silva'), part('Costa'),
  part('Andersson'), part('Larsen'), part('Brown'), part('Taylor'), part('Williams'),
  part('van der Berg', 'vanderberg'), part('Nakamura'), part('Tanaka'), part('Lefèvre', 'lefevre'),
  part('Gonzalez'), part('Martin'), part('Ahmed'), part('Khan'), part('Murphy'), part('Kelly'),
  part('Weiß', 'weiss'), part('Þórsson', 'thorsson'), part('Sato'), part('Lopez'),
];

/** Whole names written in another script, shown family name first as their owners write them. */
export const NATIVE_SCRIPT_NAMES: readonly { readonly shown: string; readonly given: string; readonly family: string }[] = [
  { shown: '山田 太郎', given: 'taro', family: 'yamada' },
  { shown: '王 芳', given: 'fang', family: 'wang' },
  { shown: '김 민준', given: 'minjun', family: 'kim' },
  { shown: 'Дмитрий Иванов', given: 'dmitry', family: 'ivanov' },
  { shown: 'Ελένη Παπαδοπούλου', given: 'eleni', family: 'papadopoulou' },
  { shown: 'محمد علي', given: 'mohammed', family: 'ali' },
];

const NICKNAMES = ['Bob', 'Kiki', 'Doc', 'Ace', 'Sunny', 'Max'] as const;

/** A person's display name and the local part stem (`given.family`) of their UPN. */
export type PersonName = { readonly displayName: string; readonly upnStem: string };

/**
 * Draws a person's name. Most are "Given Family"; about 2% are "Family, Given" (a comma), 1% carry a
 * quoted nickname, 1% contain Markdown-like characters, and 3% are written in a non-Latin script.
 */
export function drawPersonName(random: RandomSequence): PersonName {
  const roll = random.next();
  if (roll < 0.03) {
    const native = random.pick(NATIVE_SCRIPT_NAMES);
    return { displayName: native.shown, upnStem: `${native.given}.${native.family}` };
  }
  const given = random.pick(GIVEN_NAMES);
  const family = random.pick(SURNAMES);
  const upnStem = `${given.ascii}.${family.ascii}`;
  if (roll < 0.05) return { displayName: `${family.shown}, ${given.shown}`, upnStem };
  if (roll < 0.06) return { displayName: `${given.shown} "${random.pick(NICKNAMES)}" ${family.shown}`, upnStem };
  if (roll < 0.065) return { displayName: `*${given.shown}* ${family.shown}`, upnStem };
  if (roll < 0.07) {
    return { displayName: `[${given.shown} ${family.shown}](https://contoso.example/${given.ascii})`, upnStem };
  }
  return { displayName: `${given.shown} ${family.shown}`, upnStem };
}
