import { ANCHOR, cellHref, PATHS, themePath } from '../../paths';
import type { Basis } from '../../types.generated';
import { STATUS_ORDER } from '../../vocabulary';
import type { SiteContext } from '../context';
import { SHELL_KEYS, type Labels } from '../labels';
import type { LinkVM, PageMeta, StatusVM } from '../types';

/**
 * The codebook page (/om/kodebok), generated from data/codebook.yml and the
 * themes' coding notes: what each status means and needs, whose word can carry
 * it, the general rules (those the validator enforces marked), and per theme
 * what counts and the borderline cases.
 */

export const KEYS = [
  ...SHELL_KEYS,
  'codebookStatuses',
  'codebookDefinition',
  'codebookRule',
  'codebookEvidence',
  'codebookNotEnough',
  'codebookBases',
  'codebookExamples',
  'codebookNoEvidence',
  'codebookBasesHeading',
  'codebookNeedsWho',
  'codebookRulesHeading',
  'codebookEnforced',
  'codebookThemesHeading',
  'codebookCounts',
  'codebookBorderline',
  'codebookMatrix',
] as const;

export interface CodebookVM {
  meta: PageMeta;
  introHtml: string;
  statuses: (StatusVM & {
    anchor: string;
    definition: string;
    ruleHtml: string;
    evidenceHtml: string;
    notEnoughHtml: string;
    bases: LinkVM[];
    examples: LinkVM[];
  })[];
  /** the status × basis table: which basis can carry which status */
  matrix: { basis: LinkVM; allowed: boolean[] }[];
  bases: { id: string; anchor: string; label: string; descriptionHtml: string; needsWho: boolean }[];
  rules: { id: string; anchor: string; title: string; textHtml: string; enforced: boolean }[];
  themes: { id: string; anchor: string; name: string; href: string; countsHtml: string; borderline: string[] }[];
  labels: Labels<typeof KEYS>;
}

export function build(ctx: SiteContext): CodebookVM[] {
  const cb = ctx.ds.codebook;
  const basisIds = Object.keys(cb.bases) as Basis[];
  const basisLink = (b: Basis): LinkVM => ({ href: `#${ANCHOR.codebookBasis(b)}`, label: ctx.text(cb.bases[b].label) });
  return [
    {
      meta: ctx.meta(PATHS.codebook, ctx.ui('codebookTitle'), ctx.text(cb.intro), { kind: 'kindAbout' }),
      introHtml: ctx.block(cb.intro)!,
      statuses: STATUS_ORDER.map((s) => {
        const r = cb.statuses[s];
        return {
          ...ctx.status(s),
          anchor: ANCHOR.codebookStatus(s),
          definition: ctx.text(r.definition),
          ruleHtml: ctx.inline(r.rule),
          evidenceHtml: ctx.inline(r.evidence),
          notEnoughHtml: ctx.inline(r.notEnough),
          bases: r.bases.map(basisLink),
          examples: r.examples.map((ex) => ({ href: cellHref(ex.city, ex.theme), label: `${ctx.cityName(ex.city)} – ${ctx.themeName(ex.theme)}` })),
        };
      }),
      matrix: basisIds.map((b) => ({ basis: basisLink(b), allowed: STATUS_ORDER.map((s) => cb.statuses[s].bases.includes(b)) })),
      bases: basisIds.map((b) => ({
        id: b,
        anchor: ANCHOR.codebookBasis(b),
        label: ctx.text(cb.bases[b].label),
        descriptionHtml: ctx.inline(cb.bases[b].description),
        needsWho: cb.bases[b].needsWho,
      })),
      rules: cb.rules.map((r) => ({
        id: r.id,
        anchor: ANCHOR.codebookRule(r.id),
        title: ctx.text(r.title),
        textHtml: ctx.inline(r.text),
        enforced: r.enforcedBy === 'validator',
      })),
      themes: ctx.ds.themes.map((th) => ({
        id: th.id,
        anchor: ANCHOR.codebookTheme(th.id),
        name: ctx.text(th.name),
        href: themePath(th.id),
        countsHtml: ctx.inline(th.coding.counts),
        borderline: th.coding.borderline.map((b) => ctx.inline(b)),
      })),
      labels: ctx.labels(KEYS),
    },
  ];
}
