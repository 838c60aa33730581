/**
 * A deterministic synthetic data set at national scale, written as YAML in
 * the same layout as data/ and valid against the same schemas and checks:
 * N municipalities × T themes, P plans each, with text of realistic length
 * (summaries of one or two sentences, details of a few paragraphs, some
 * Markdown and glossary terms). Each cell has a history of one to three dated
 * entries, each resting on evidence with a basis the codebook permits; the
 * codebook is the real one (data/codebook.yml) without its examples, which
 * name real cities. A unit test keeps it valid.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** mulberry32: a small seeded PRNG, so every run writes the same data */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NB =
  'kommunen skal styrke tilbudet til personer med rusproblemer i egen bolig og i bydelene med oppfølging aktivitet arbeid og samarbeid med frivillige ideelle brukere og pårørende planen vil gi bedre hjelp tidligere innsats forebygging for barn og unge lavterskeltilbud brukerrom overdoser institusjonsplasser tjenester helhetlig koordinert'.split(
    ' ',
  );
const EN =
  'the municipality will strengthen services for people with substance use problems in their own homes and in the districts with follow-up activity work and cooperation with volunteers non-profits users and next of kin the plan aims at better help earlier prevention for children and young people low-threshold services consumption rooms overdoses institutional places coordinated'.split(
    ' ',
  );
const STATUSES = ['in-operation', 'adopted', 'proposed', 'wanted', 'not-now', 'not-relevant', 'not-mentioned', 'not-mentioned', 'not-mentioned'] as const;
/** a basis each status may rest on (data/codebook.yml) */
const BASIS: Record<(typeof STATUSES)[number], string | null> = {
  'in-operation': 'administration',
  adopted: 'council-decision',
  proposed: 'city-government',
  wanted: 'administration',
  'not-now': 'city-government',
  'not-relevant': 'administration',
  'not-mentioned': null,
};
const CODEBOOK = path.resolve(__dirname, '../../data/codebook.yml');

export interface SyntheticOptions {
  municipalities: number;
  themes?: number;
  plansPerCity?: number;
  sources?: number;
  seed?: number;
}

export function writeSynthetic(dir: string, options: SyntheticOptions): { files: number; bytes: number } {
  const T = options.themes ?? 20;
  const P = options.plansPerCity ?? 3;
  const S = options.sources ?? 40;
  const rand = rng(options.seed ?? 357);
  const pick = <X>(xs: readonly X[]) => xs[Math.floor(rand() * xs.length)]!;
  const words = (vocab: string[], n: number) => {
    const w = Array.from({ length: n }, () => pick(vocab));
    w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
    return w.join(' ');
  };
  const sentence = (n: number) => {
    const count = 10 + Math.floor(rand() * n);
    return { nb: `${words(NB, count)}.`, en: `${words(EN, count)}.` };
  };
  const paragraphs = (k: number) => {
    const nb: string[] = [];
    const en: string[] = [];
    for (let i = 0; i < k; i++) {
      const s = [sentence(14), sentence(14), sentence(14)];
      nb.push(s.map((x) => x.nb).join(' '));
      en.push(s.map((x) => x.en).join(' '));
    }
    if (rand() < 0.3) {
      nb.push('- første tiltak i *planen*\n- andre tiltak med [lenke](https://example.org/plan)');
      en.push('- first measure in the *plan*\n- second measure with a [link](https://example.org/plan)');
    }
    return { nb: nb.join('\n\n'), en: en.join('\n\n') };
  };
  let files = 0;
  let bytes = 0;
  const write = (rel: string, data: unknown) => {
    const text = stringify(data, { lineWidth: 0 });
    const target = path.join(dir, rel);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    files++;
    bytes += Buffer.byteLength(text);
  };

  write('meta.yml', { updated: '2025-11-25', dataLicence: 'CC BY 4.0', codeLicence: 'MIT' });
  const codebook = parse(readFileSync(CODEBOOK, 'utf8')) as { statuses: Record<string, { examples: unknown[] }> };
  for (const rule of Object.values(codebook.statuses)) rule.examples = [];
  write('codebook.yml', codebook);
  write('glossary.yml', {
    terms: ['kommunen', 'bydelene', 'brukerrom', 'lavterskeltilbud', 'overdoser'].map((w, i) => ({
      id: `ord-${i + 1}`,
      term: { nb: w, en: EN[NB.indexOf(w)] ?? `term ${i + 1}` },
      definition: sentence(12),
    })),
  });
  const sourceIds = Array.from({ length: S }, (_, i) => `kilde-${String(i + 1).padStart(3, '0')}`);
  sourceIds.forEach((id, i) =>
    write(`sources/${id}.yml`, {
      id,
      title: `Syntetisk kilde ${i + 1}`,
      titleBasis: 'official',
      kind: 'municipal-document',
      publisher: 'Syntetisk utgiver',
      date: `${2015 + (i % 9)}-0${1 + (i % 9)}`,
      dateBasis: 'stated',
      url: `https://example.org/kilde/${i + 1}`,
      description: sentence(10),
    }),
  );
  const themeIds = Array.from({ length: T }, (_, i) => `tema-${String(i + 1).padStart(2, '0')}`);
  themeIds.forEach((id, i) =>
    write(`themes/${id}.yml`, {
      id,
      order: i + 1,
      name: { nb: `Tema ${i + 1}`, en: `Theme ${i + 1}` },
      shortName: { nb: `T${i + 1}`, en: `Th${i + 1}` },
      definition: sentence(12),
      coding: { counts: sentence(14), borderline: [sentence(16)] },
    }),
  );
  const cite = () => Array.from({ length: 1 + Math.floor(rand() * 2) }, () => ({ source: pick(sourceIds), locator: `¶${1 + Math.floor(rand() * 12)}` }));
  // every source is cited at least once, by the national figures
  write('national.yml', {
    name: { nb: 'Norge (nasjonalt)', en: 'Norway (national)' },
    figures: sourceIds.map((s, i) => ({
      id: `norge-tall-${i + 1}`,
      label: { nb: 'Overdosedødsfall i Norge', en: 'Overdose deaths in Norway' },
      value: 200 + i,
      unit: 'deaths',
      period: { from: String(1980 + i), to: String(1980 + i) },
      scope: 'national',
      series: 'norge-overdoser',
      sources: [{ source: s, locator: '¶1' }],
    })),
    events: [],
  });
  for (let m = 1; m <= options.municipalities; m++) {
    const id = `kommune-${String(m).padStart(3, '0')}`;
    const plans = Array.from({ length: P }, (_, p) => ({
      id: `${id}-plan-${p + 1}`,
      type: pick(['handlingsplan', 'temaplan', 'strategi', 'rusmelding'] as const),
      title: { nb: `Ruspolitisk plan ${p + 1} for kommune ${m}`, en: `Drug policy plan ${p + 1} for municipality ${m}` },
      titleBasis: 'official',
      status: pick(['adopted', 'on-hearing', 'in-preparation'] as const),
      issuedBy: { nb: 'Kommunestyret', en: 'The municipal council' },
      period: { from: String(2014 + p * 3), to: String(2017 + p * 3) },
      dates: [{ kind: 'adopted', date: `${2014 + p * 3}-06-1${p}`, dateBasis: 'stated', sources: cite() }],
      summary: sentence(16),
      details: paragraphs(2),
      sources: cite(),
    }));
    const positions: Record<string, unknown> = {};
    for (const t of themeIds) {
      // one to three entries, a year or more apart, the newest no later than 2025
      const n = 1 + Math.floor(rand() * 3);
      const history = Array.from({ length: n }, (_, k) => {
        const status = pick(STATUSES);
        const from = `${2025 - (n - 1 - k) * 3 - Math.floor(rand() * 2)}-0${1 + k}-15`;
        const basis = BASIS[status];
        return basis === null
          ? {
              from,
              dateBasis: 'stated',
              status,
              summary: { nb: 'Kildene sier ingenting om dette for kommunen.', en: 'The sources say nothing about this for the municipality.' },
            }
          : {
              from,
              dateBasis: 'stated',
              status,
              summary: sentence(20),
              ...(k === n - 1 ? { details: paragraphs(2), plans: [plans[Math.floor(rand() * P)]!.id] } : {}),
              evidence: cite().map((c) => ({ ...c, basis })),
            };
      });
      // the sources' silence is said once, as the first entry of a history, not after something was said
      const said = history.filter((e) => e.status !== 'not-mentioned');
      positions[t] = { checked: '2025-11-20', history: said.length > 0 ? said : [history[0]!] };
    }
    write(`cities/${id}.yml`, {
      id,
      name: { nb: `Kommune ${m}`, en: `Municipality ${m}` },
      order: m,
      municipalityNumber: String(1000 + m),
      governance: { model: 'formannskap', description: sentence(12), sources: cite() },
      intro: paragraphs(1),
      plans,
      positions,
      figures: Array.from({ length: 4 }, (_, i) => ({
        id: `${id}-tall-${i + 1}`,
        label: { nb: 'Overdosedødsfall i kommunen', en: 'Overdose deaths in the municipality' },
        value: Math.floor(rand() * 60),
        unit: 'deaths',
        period: { from: String(2019 + i), to: String(2019 + i) },
        scope: 'city',
        series: `${id}-overdoser`,
        themes: [themeIds[0]],
        sources: cite(),
      })),
      statements: Array.from({ length: 3 }, (_, i) => ({
        id: `${id}-uttalelse-${i + 1}`,
        actor: { name: `Person ${m}-${i + 1}`, kind: 'person', role: { nb: 'Ordfører', en: 'Mayor' } },
        basis: 'office-holder',
        date: `202${i}-0${i + 3}-1${i}`,
        dateBasis: 'stated',
        themes: [pick(themeIds)],
        summary: sentence(18),
        sources: cite(),
      })),
      events: Array.from({ length: 5 }, (_, i) => ({
        id: `${id}-hendelse-${i + 1}`,
        date: `${2012 + i * 2}-0${1 + i}-0${1 + i}`,
        dateBasis: 'stated',
        title: sentence(6),
        themes: [pick(themeIds)],
        sources: cite(),
      })),
    });
  }
  return { files, bytes };
}
