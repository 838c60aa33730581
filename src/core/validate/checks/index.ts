import type { Check } from '../context';
import { codebookCheck } from './codebook';
import { coverageCheck } from './coverage';
import { datesCheck } from './dates';
import { idsCheck } from './ids';
import { historyCheck } from './history';
import { referencesCheck } from './references';
import { textCheck } from './text';
import { urlsCheck } from './urls';

/** The checks beyond the schema, each with one job; all run on every validation. */
export const CHECKS: readonly Check[] = [idsCheck, referencesCheck, coverageCheck, datesCheck, historyCheck, codebookCheck, textCheck, urlsCheck];
