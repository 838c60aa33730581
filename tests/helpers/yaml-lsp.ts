import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A minimal Language Server Protocol client for the YAML language server that
 * VS Code's YAML extension (redhat.vscode-yaml) runs, driven over stdio: enough
 * to open a document with the project's schema settings and read hovers and
 * diagnostics, as an editor would.
 */
export class YamlLanguageServer {
  private proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (result: unknown) => void>();
  private diagnostics = new Map<string, { message: string; range: { start: { line: number; character: number } } }[]>();
  private waiters: (() => void)[] = [];
  private settings: object = {};

  constructor(private readonly root: string) {
    const bin = path.join(root, 'node_modules/yaml-language-server/bin/yaml-language-server');
    this.proc = spawn(process.execPath, [bin, '--stdio'], { cwd: root });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
  }

  private onData(chunk: Buffer) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const msg = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as {
        id?: number;
        method?: string;
        result?: unknown;
        params?: { uri: string; diagnostics: [] };
      };
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (msg.id !== undefined && msg.method === undefined) this.pending.get(msg.id)?.(msg.result);
      else if (msg.method === 'textDocument/publishDiagnostics' && msg.params) {
        this.diagnostics.set(msg.params.uri, msg.params.diagnostics);
        this.waiters.splice(0).forEach((w) => w());
      } else if (msg.id !== undefined && msg.method === 'workspace/configuration') {
        // the server pulls its settings (sections yaml, http, [yaml], editor), as VS Code answers it
        this.send({ id: msg.id, result: [this.settings, {}, {}, {}] });
      }
    }
  }

  private send(msg: object) {
    const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
    this.proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request<T>(method: string, params: object): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (r) => resolve(r as T));
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: object) {
    this.send({ method, params });
  }

  /** Starts the server with the "yaml" settings section (as in .vscode/settings.json, without the "yaml." prefix). */
  async start(yamlSettings: object) {
    this.settings = yamlSettings;
    await this.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.root).href,
      capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
      workspaceFolders: [{ uri: pathToFileURL(this.root).href, name: 'rusplaner' }],
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings } });
  }

  /** Opens a document and waits for its diagnostics (the server validates on open). */
  async open(file: string, text: string) {
    const uri = pathToFileURL(file).href;
    const seen = new Promise<void>((resolve) => this.waiters.push(resolve));
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    await seen;
    // the first report can come before the schema is loaded; give it a moment and take the latest
    await new Promise((r) => setTimeout(r, 1500));
    return { uri, diagnostics: () => this.diagnostics.get(uri) ?? [] };
  }

  async hover(uri: string, line: number, character: number): Promise<string> {
    const r = await this.request<{ contents: { value: string } | string } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line, character },
    });
    if (!r) return '';
    return typeof r.contents === 'string' ? r.contents : r.contents.value;
  }

  stop() {
    this.proc.kill();
  }
}
