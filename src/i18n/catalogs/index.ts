/**
 * Every language's catalog by its code. A language is added here and in `languages.ts`; its catalog
 * `satisfies Catalog`, so a key it lacks or has beyond English's does not compile.
 */
import type { Language } from '../languages.js';
import type { Catalog } from '../message-types.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ru } from './ru.js';

export const CATALOGS: Readonly<Record<Language, Catalog>> = { en, ru, it, de, fr, es };
