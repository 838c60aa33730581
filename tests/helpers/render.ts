import type { CityPageVM, MatrixVM, ThemePageVM } from '../../src/core/site/types';
import { ANCHOR, cellHref } from '../../src/core/site/paths';

/** A plain-text picture of the matrix, one line per cell, for golden files and diffs a reviewer can read. */
export function matrixText(vm: MatrixVM): string {
  const lines = [`# ${vm.meta.title} (${vm.meta.locale}) – page ${vm.page}/${vm.pageCount}`];
  for (const row of vm.rows) {
    for (const cell of row.cells) {
      const label = vm.legend.find((l) => l.status === cell.status)!.label;
      lines.push(`#${ANCHOR.cell(cell.cityId, cell.themeId)} | ${row.name} | ${vm.columns.find((c) => c.id === cell.cityId)!.name} | ${label} | ${cell.summaryHtml} | -> ${cellHref(cell.cityId, cell.themeId)} | sources: ${cell.sourceCount}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function themeText(vm: ThemePageVM): string {
  const lines = [`# ${vm.name} (${vm.meta.locale})`, `overview: ${vm.overviewText}`];
  for (const c of vm.cities) {
    lines.push(`## #${c.anchor} ${c.name}: ${c.label}`, `summary: ${c.summaryHtml}`);
    if (c.detailsHtml) lines.push(`details: ${c.detailsHtml.replace(/\n/g, ' ')}`);
    for (const f of c.figures) lines.push(`figure #${f.anchor}: ${f.label} = ${f.value} (${f.period})`);
    for (const s of c.statements) lines.push(`statement #${s.anchor}: ${s.actor}, ${s.date}`);
    for (const cit of c.citations) lines.push(`source: ${vm.meta.sources[cit.sourceId]!.title} – ${cit.locator}`);
  }
  for (const e of vm.events) lines.push(`event #${e.anchor} ${e.date}: ${e.titleHtml}`);
  for (const d of vm.disagreements) lines.push(`disagreement #${d.anchor}: ${d.topic} (${d.claims.length} claims)`);
  return lines.join('\n') + '\n';
}

export function cityText(vm: CityPageVM): string {
  const lines = [`# ${vm.name} (${vm.meta.locale})`, `governance: ${vm.governance.model}`];
  for (const p of vm.plans) lines.push(`plan #${p.anchor}: ${p.title} | ${p.type} | ${p.status} | ${p.period} | ${p.dates.map((d) => `${d.kind} ${d.date}`).join(', ')}`);
  for (const e of vm.timeline) lines.push(`event #${e.anchor} ${e.date}${e.inferred ? ' (inferred)' : ''}: ${e.titleHtml}`);
  for (const p of vm.positions) lines.push(`position #${p.anchor}: ${p.themeName} = ${p.label}`);
  for (const f of vm.figures) lines.push(`figure #${f.anchor}: ${f.label} = ${f.value} (${f.period})`);
  for (const s of vm.statements) lines.push(`statement #${s.anchor}: ${s.actor} (${s.role}), ${s.date}`);
  return lines.join('\n') + '\n';
}
