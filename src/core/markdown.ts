import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Root, RootContent } from 'mdast';

/**
 * Text fields in data/ may hold simple Markdown (links, emphasis, lists).
 * They are rendered here, at build time, to HTML that holds no raw HTML from
 * the data and no script URLs: remark-rehype drops raw HTML nodes and
 * rehype-sanitize (GitHub's schema) removes javascript: and other unsafe URLs.
 */
const parser = unified().use(remarkParse).use(remarkGfm);
const renderer = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
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

/** Renders block Markdown (paragraphs, lists) to safe HTML. */
export function renderBlock(text: string): string {
  const t = text.trim();
  if (isPlainText(t)) return `<p>${escapeHtml(t)}</p>`;
  return String(renderer.processSync(t)).trim();
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
