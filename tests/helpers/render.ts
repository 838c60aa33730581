import { ANCHOR, cellHref } from '../../src/core/paths';
import type { CellHistoryVM, PageVM } from '../../src/core/site/index';

/** Plain-text pictures of generated pages, for golden files and diffs a reviewer can read. */

const historyLines = (h: CellHistoryVM, indent = '  ') => [
  ...h.entries.map(
    (e) =>
      `${indent}#${e.anchor} from ${e.date}${e.inferred ? ' (inferred)' : ''}${e.until ? ` until ${e.until}` : ''}: ${e.status.label} | ${e.summaryHtml} | ${e.evidence
        .map((x) => `${x.sourceId} (${x.basis}${x.who ? `: ${x.who}` : ''})`)
        .join('; ')}`,
  ),
  `${indent}checked ${h.checked}${h.silentSince ? `, silent since ${h.silentSince}` : ''}`,
];

export function matrixText(vm: PageVM<'matrix'>): string {
  const lines = [`# ${vm.meta.title} (${vm.meta.locale}) – page ${vm.page}/${vm.pageCount}`];
  for (const row of vm.rows) {
    for (const cell of row.cells) {
      const label = vm.legend.find((l) => l.status === cell.status)!.label;
      lines.push(
        `#${ANCHOR.cell(cell.cityId, cell.themeId)} | ${row.name} | ${vm.columns.find((c) => c.id === cell.cityId)!.name} | ${label}${cell.since ? ` since ${cell.since}` : ''}${cell.changed ? ' (changed)' : ''} | ${cell.summaryHtml} | -> ${cellHref(cell.cityId, cell.themeId)} | sources: ${cell.sourceCount}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

export function glanceText(vm: PageVM<'glance'>): string {
  const lines = [`# ${vm.meta.title} (${vm.meta.locale})`, `| | ${vm.columns.map((c) => c.name).join(' | ')} |`];
  for (const row of vm.rows) {
    lines.push(`| ${row.shortName} | ${row.cells.map((c) => (c ? `${c.status}${c.since ? ` ${c.since}` : ''}${c.changed ? ' ↻' : ''}` : '–')).join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}

export function themeText(vm: PageVM<'theme'>): string {
  const lines = [
    `# ${vm.name} (${vm.meta.locale})`,
    `overview: ${vm.overview.map((g) => `${g.status.label}: ${g.cities.map((c) => c.label).join(', ')}`).join('. ')}`,
  ];
  for (const c of vm.cities) {
    lines.push(`## #${c.anchor} ${c.name}: ${c.label}${c.since ? ` since ${c.since}` : ''}`, `summary: ${c.summaryHtml}`);
    if (c.history) lines.push(...historyLines(c.history));
    for (const f of c.figures) lines.push(`figure #${f.anchor}: ${f.label} = ${f.value} (${f.period})`);
    for (const s of c.statements) lines.push(`statement #${s.anchor}: ${s.actor}, ${s.date}`);
  }
  for (const q of vm.openQuestions) lines.push(`open question #${q.anchor} (checked ${q.checked}): ${q.questionHtml}`);
  for (const e of vm.events) lines.push(`event #${e.anchor} ${e.date}: ${e.titleHtml}`);
  for (const d of vm.disagreements) lines.push(`disagreement #${d.anchor}: ${d.topic} (${d.claims.length} claims)`);
  return lines.join('\n') + '\n';
}

export function cityText(vm: PageVM<'city'>): string {
  const lines = [`# ${vm.name} (${vm.meta.locale})`, `governance: ${vm.governance.model}`];
  for (const p of vm.plans)
    lines.push(`plan #${p.anchor}: ${p.title} | ${p.type} | ${p.status} | ${p.period} | ${p.dates.map((d) => `${d.kind} ${d.date}`).join(', ')}`);
  for (const e of vm.timeline) lines.push(`event #${e.anchor} ${e.date}${e.inferred ? ' (inferred)' : ''}: ${e.titleHtml}`);
  for (const p of vm.positions)
    lines.push(
      `position #${p.anchor}: ${p.themeName} = ${p.label}${p.since ? ` since ${p.since}` : ''}${p.changed ? ' (changed)' : ''}`,
      ...historyLines(p.history),
    );
  for (const f of vm.figures)
    lines.push(
      `figure #${f.anchor}: ${f.label} = ${f.value} (${f.period})${f.reported ? ` reported ${f.reported}` : ''}${f.revised ? ' (revised later)' : ''}`,
    );
  for (const s of vm.statements) lines.push(`statement #${s.anchor}: ${s.actor} (${s.role}; ${s.basis}), ${s.date}`);
  for (const q of vm.openQuestions) lines.push(`open question #${q.anchor} (checked ${q.checked}): ${q.questionHtml}`);
  return lines.join('\n') + '\n';
}

export function changesText(vm: PageVM<'changes'>): string {
  return vm.changes.map((c) => `${c.dateIso} ${c.city}/${c.theme}: ${c.previous?.status ?? '(first)'} -> ${c.status.status} | ${c.href}`).join('\n') + '\n';
}
