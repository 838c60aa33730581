import { markdownProblems } from '../../markdown';
import { eachLocalized, type Check, type Rec } from '../context';

/** Fields whose English must be a translation, not a copy of the Norwegian. */
const TRANSLATED = new Set([
  'summary',
  'details',
  'definition',
  'intro',
  'description',
  'limits',
  'derivation',
  'note',
  'topic',
  'text',
  'question',
  'context',
  'rule',
  'evidence',
  'notEnough',
  'counts',
]);

/** Both languages present and filled in, prose translated, no raw HTML or script links. */
export const textCheck: Check = {
  name: 'text',
  description: 'nb and en are both filled in and translated; text holds no raw HTML or unsafe links',
  run(ctx) {
    const all: Rec<unknown>[] = [...ctx.cities, ...ctx.sources, ...ctx.themes];
    if (ctx.national) all.push(ctx.national);
    if (ctx.glossary) all.push(ctx.glossary);
    if (ctx.codebook) all.push(ctx.codebook);
    for (const rec of all) {
      eachLocalized(rec.data, (text, path) => {
        for (const lang of ['nb', 'en'] as const) {
          if (text[lang].trim() === '')
            ctx.report(rec, [...path, lang], `"${lang}" text is blank; write the ${lang === 'nb' ? 'Norwegian bokmål' : 'English'} text`);
          const problems = markdownProblems(text[lang]);
          if (problems.length > 0) ctx.report(rec, [...path, lang], problems.map((p) => p.message).join('; '));
        }
        const field = String(path[path.length - 1]);
        if (TRANSLATED.has(field) && text.nb.trim().length > 30 && text.nb.trim() === text.en.trim()) {
          ctx.report(rec, [...path, 'en'], 'the English text is a copy of the Norwegian; translate it');
        }
      });
    }
  },
};
