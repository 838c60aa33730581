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
    a: [...(defaultSchema.attributes?.a ?? []).filter((d) => !(Array.isArray(d) && d[0] === 'className')), ['className', 'data-footnote-backref', 'term']],
  },
};
const renderer = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

/** Characters and sequences after which a text may be more than plain text. */
const MAYBE_MARKDOWN = /[[\]*_`<>&\\#|~!]|:\/\/|www\./;
/** Line starts that make a block: list items, quotes, headings, code, thematic breaks and setext underlines. */
const BLOCK_LINE = /^(\s*([-+>]|\d+[.)])(\s|$)| {4}|\t|\s*[-=]+\s*$)/m;

/** Escapes text for element content (as rehype-stringify does: quotes need no escaping there). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted attribute value. */
function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/**
 * True when Markdown would render the text as plain paragraphs: then the fast
 * path (escape, split on blank lines) gives the same HTML as the full renderer
 * without parsing it, which matters at national scale.
 */
export function isPlainText(text: string): boolean {
  return !MAYBE_MARKDOWN.test(text) && !BLOCK_LINE.test(text);
}

/** The paragraphs of a plain text, as Markdown would split them (blank lines; soft breaks kept). */
function plainParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n+/)
    .map((p) =>
      p
        .replace(/[ \t]+\n/g, '\n')
        .replace(/\n[ \t]+/g, '\n')
        .trim(),
    )
    .filter(Boolean);
}

/** Escaped plain text with the first occurrence of each glossary term linked. */
function linkPlain(text: string, terms: TermLinker, seen = new Set<string>()): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(terms.pattern)) {
    const id = terms.idFor(m[0]);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out += escapeHtml(text.slice(last, m.index)) + `<a class="term" href="${escapeAttr(terms.href(id))}">${escapeHtml(m[0])}</a>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/** A remark plugin: the first occurrence of each glossary term outside links becomes a link. */
function remarkTerms(terms: TermLinker) {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const seen = (file.data.termsSeen as Set<string> | undefined) ?? new Set<string>();
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

function fullRender(text: string, terms: TermLinker | undefined, seen: Set<string>): string {
  if (!terms) return String(renderer.processSync(text)).trim();
  let r = termRenderers.get(terms);
  if (!r) {
    r = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkTerms, terms)
      .use(remarkRehype)
      .use(rehypeSanitize, schema)
      .use(rehypeStringify) as unknown as ReturnType<typeof unified>;
    termRenderers.set(terms, r);
  }
  return String(r.processSync({ value: text, data: { termsSeen: seen } })).trim();
}

/** The full renderer without the plain-text fast path (the tests compare the two). */
export function renderBlockFull(text: string): string {
  return String(renderer.processSync(text.trim())).trim();
}

/**
 * Renders block Markdown (paragraphs, lists) to safe HTML, optionally linking
 * glossary terms. Blocks (separated by blank lines) that are plain paragraphs
 * take the fast path; runs of other blocks go through the Markdown parser
 * together, so a list keeps its items. Texts with reference definitions, or
 * with indented blocks that may continue a list, are parsed whole.
 */
export function renderBlock(text: string, terms?: TermLinker): string {
  const t = text.trim();
  const seen = new Set<string>();
  const plain = (p: string) => `<p>${terms ? linkPlain(p, terms, seen) : escapeHtml(p)}</p>`;
  if (isPlainText(t)) return plainParagraphs(t).map(plain).join('\n');
  const blocks = t.split(/\n[ \t]*\n+/);
  if (t.includes(']:') || blocks.some((b, i) => i > 0 && /^[ \t]/.test(b))) return fullRender(t, terms, seen);
  const out: string[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) out.push(fullRender(pending.join('\n\n'), terms, seen));
    pending = [];
  };
  for (const b of blocks) {
    if (isPlainText(b)) {
      flush();
      out.push(
        plain(
          b
            .replace(/[ \t]+\n/g, '\n')
            .replace(/\n[ \t]+/g, '\n')
            .trim(),
        ),
      );
    } else pending.push(b);
  }
  flush();
  return out.join('\n');
}

/** Renders a one-paragraph text to safe inline HTML (no surrounding <p>). */
export function renderInline(text: string): string {
  const t = text.trim();
  if (isPlainText(t) && !t.includes('\n')) return escapeHtml(t);
  const html = renderBlock(t);
  const m = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return m && !m[1]!.includes('<p>') ? m[1]! : html;
}

/** Plain text of a Markdown string (for CSV, search snippets and alt text). */
export function toPlainText(text: string): string {
  const t = text.trim();
  if (isPlainText(t)) return t.replace(/\s+/g, ' ');
  const tree = parser.parse(t);
  const parts: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'html') return;
    if ('value' in node && typeof node.value === 'string') parts.push(node.value);
    if ('children' in node) {
      node.children.forEach((c, i) => {
        walk(c);
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
const SAFE_DESTINATION = /^(https?:\/\/|mailto:|\/|#)[^\s&<>]*$/i;

/**
 * A quick, conservative pass: true only when the text has no "<" (so no raw
 * HTML), no image, and every inline link and reference definition points at
 * a plainly safe address. Anything else goes to the full parser.
 */
function onlySafeLinks(text: string): boolean {
  if (text.includes('<') || text.includes('![') || text.includes('&')) return false;
  for (const m of text.matchAll(/\]\(\s*([^)\s]*)/g)) if (!SAFE_DESTINATION.test(m[1]!)) return false;
  for (const m of text.matchAll(/^\s*\[[^\]]*\]:\s*(\S*)/gm)) if (!SAFE_DESTINATION.test(m[1]!)) return false;
  return true;
}

/** Raw HTML and unsafe link targets in a text field; the validator reports them. */
export function markdownProblems(text: string): MarkdownProblem[] {
  // raw HTML needs "<"; a link or image needs "[" (autolinks need "<" too)
  if (!/[<[]/.test(text)) return [];
  if (onlySafeLinks(text)) return [];
  const problems: MarkdownProblem[] = [];
  const tree = parser.parse(text);
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
    if ('children' in node) node.children.forEach((c) => walk(c));
  };
  walk(tree);
  // one message per kind of problem
  return problems.filter((p, i) => problems.findIndex((q) => q.message.split(' (')[0] === p.message.split(' (')[0]) === i);
}
