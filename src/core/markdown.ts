import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { TermLinker } from './terms';

/**
 * Text fields in data/ may hold simple Markdown (links, emphasis, lists).
 * They are rendered here, at build time, to HTML that holds no raw HTML from
 * the data and no script URLs: remark-rehype drops raw HTML nodes and
 * rehype-sanitize (GitHub's schema) removes javascript: and other unsafe URLs.
 */
const parser = unified().use(remarkParse).use(remarkGfm);
/** GitHub's sanitize schema, plus the class that marks glossary links. */
const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((d) => !(Array.isArray(d) && d[0] === 'className')),
      ['className', 'data-footnote-backref', 'term'],
    ],
  },
};
const renderer = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

/** Characters and sequences after which a text may be more than plain text. */
const MAYBE_MARKDOWN = /[\[\]*_`<>&\\#|~!]|^\s*([-+>]|\d+[.)])\s|\n|:\/\/|www\./m;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** True when the text cannot render differently from its escaped self (the fast path). */
export function isPlainText(text: string): boolean {
  return !MAYBE_MARKDOWN.test(text);
}

/** Escaped plain text with the first occurrence of each glossary term linked. */
function linkPlain(text: string, terms: TermLinker): string {
  const seen = new Set<string>();
  let out = '';
  let last = 0;
  for (const m of text.matchAll(terms.pattern)) {
    const id = terms.idFor(m[0]);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out += escapeHtml(text.slice(last, m.index)) + `<a class="term" href="${escapeHtml(terms.href(id))}">${escapeHtml(m[0])}</a>`;
    last = m.index! + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/** A remark plugin: the first occurrence of each glossary term outside links becomes a link. */
function remarkTerms(terms: TermLinker) {
  return (tree: Root) => {
    const seen = new Set<string>();
    findAndReplace(
      tree,
      [
        terms.pattern,
        (value: string): PhrasingContent | false => {
          const id = terms.idFor(value);
          if (!id || seen.has(id)) return false;
          seen.add(id);
          return { type: 'link', url: terms.href(id), data: { hProperties: { className: ['term'] } }, children: [{ type: 'text', value }] };
        },
      ],
      { ignore: ['link', 'linkReference', 'inlineCode', 'code'] },
    );
  };
}

const termRenderers = new WeakMap<TermLinker, ReturnType<typeof unified>>();

/** Renders block Markdown (paragraphs, lists) to safe HTML, optionally linking glossary terms. */
export function renderBlock(text: string, terms?: TermLinker): string {
  const t = text.trim();
  if (isPlainText(t)) return `<p>${terms ? linkPlain(t, terms) : escapeHtml(t)}</p>`;
  if (!terms) return String(renderer.processSync(t)).trim();
  let r = termRenderers.get(terms);
  if (!r) {
    r = unified().use(remarkParse).use(remarkGfm).use(remarkTerms, terms).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify) as unknown as ReturnType<typeof unified>;
    termRenderers.set(terms, r);
  }
  return String(r.processSync(t)).trim();
}

/** Renders a one-paragraph text to safe inline HTML (no surrounding <p>). */
export function renderInline(text: string): string {
  const t = text.trim();
  if (isPlainText(t)) return escapeHtml(t);
  const html = renderBlock(t);
  const m = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return m && !m[1]!.includes('<p>') ? m[1]! : html;
}

/** Plain text of a Markdown string (for CSV, search snippets and alt text). */
export function toPlainText(text: string): string {
  const t = text.trim();
  if (isPlainText(t)) return t;
  const tree = parser.parse(t) as Root;
  const parts: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'html') return;
    if ('value' in node && typeof node.value === 'string') parts.push(node.value);
    if ('children' in node) {
      node.children.forEach((c, i) => {
        walk(c as RootContent);
        if ((node.type === 'root' || node.type === 'list') && i < node.children.length - 1) parts.push(' ');
      });
    }
  };
  walk(tree);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export interface MarkdownProblem {
  message: string;
}

const SAFE_PROTOCOL = /^(https:|http:|mailto:|#|\/)/i;

/** Raw HTML and unsafe link targets in a text field; the validator reports them. */
export function markdownProblems(text: string): MarkdownProblem[] {
  if (isPlainText(text)) return [];
  const problems: MarkdownProblem[] = [];
  const tree = parser.parse(text) as Root;
  const walk = (node: Root | RootContent) => {
    if (node.type === 'html') {
      problems.push({ message: `raw HTML (${node.value.slice(0, 30)}) is not allowed in text; use Markdown, e.g. *emphasis* or [link](https://…)` });
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SAFE_PROTOCOL.test(node.url.trim())) {
      problems.push({ message: `link target "${node.url.slice(0, 40)}" is not allowed; links must start with https://, http://, mailto:, / or #` });
    }
    if (node.type === 'image') {
      problems.push({ message: 'images are not allowed in data text' });
    }
    if ('children' in node) node.children.forEach((c) => walk(c as RootContent));
  };
  walk(tree);
  // one message per kind of problem
  return problems.filter((p, i) => problems.findIndex((q) => q.message.split(' (')[0] === p.message.split(' (')[0]) === i);
}
