// Just enough of the VS Code API to drive the preview's host code without an editor: it
// records what the extension asks VS Code to do (panels, messages, edits, reveals).
// A glob as a regular expression: "**/" is any folders, "*" anything but "/".
function glob(pattern) {
  const re = pattern.split(/(\*\*\/|\*)/).map((part) => (part === "**/" ? "(?:.*/)?" : part === "*" ? "[^/]*" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))).join("");
  return new RegExp(`^(?:.*/)?${re}$`);
}

export function fakeVscode() {
  const log = { panels: [], edits: [], opened: [], revealed: [], messages: [], saved: [], contexts: {} };
  const listeners = {};
  const on = (name) => (fn) => {
    (listeners[name] ??= []).push(fn);
    return { dispose() { listeners[name] = listeners[name].filter((f) => f !== fn); } };
  };
  const fire = (name, e) => (listeners[name] ?? []).forEach((f) => f(e));

  class Uri {
    constructor(scheme, path, authority = "") { this.scheme = scheme; this.path = path; this.authority = authority; }
    static parse(s) {
      const m = /^([a-z][a-z0-9+.-]*):(?:\/\/([^/]*))?(.*)$/i.exec(s);
      if (!m) throw new Error(`bad uri ${s}`);
      return new Uri(m[1].toLowerCase(), m[3] || (m[2] === undefined ? "" : "/"), m[2] ?? "");
    }
    static joinPath(u, ...parts) {
      const segs = u.path.split("/");
      for (const p of parts.join("/").split("/")) p === ".." ? segs.pop() : p && p !== "." && segs.push(p);
      return new Uri(u.scheme, segs.join("/"), u.authority);
    }
    toString() { return `${this.scheme}:${this.scheme === "mailto" ? "" : `//${this.authority}`}${this.path}`; }
  }
  class Position { constructor(line, character) { this.line = line; this.character = character; } }
  class Range {
    constructor(a, b, c, d) {
      [this.start, this.end] = a instanceof Position ? [a, b] : [new Position(a, b), new Position(c, d)];
    }
  }
  class Selection extends Range { constructor(a, b) { super(a, b); this.anchor = a; this.active = b; } }
  class WorkspaceEdit { constructor() { this.edits = []; } replace(uri, range, text) { this.edits.push({ uri: uri.toString(), range, text }); } }
  class EventEmitter { constructor() { this.fns = []; this.event = (fn) => { this.fns.push(fn); return { dispose() {} }; }; } fire(e) { this.fns.forEach((f) => f(e)); } dispose() {} }
  class Disposable { constructor(f) { this.f = f; } static from(...ds) { return { dispose: () => ds.forEach((d) => d.dispose()) }; } dispose() { this.f?.(); } }

  const docs = new Map();
  function document(uri, text, languageId = "markdown") {
    const doc = {
      uri, languageId, text, version: 1,
      getText(range) {
        if (!range) return this.text;
        return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
      },
      positionAt(o) {
        const before = this.text.slice(0, Math.max(0, Math.min(o, this.text.length))).split("\n");
        return new Position(before.length - 1, before[before.length - 1].length);
      },
      offsetAt(p) {
        const lines = this.text.split("\n");
        let o = 0;
        for (let i = 0; i < Math.min(p.line, lines.length); i++) o += lines[i].length + 1;
        return Math.min(o + p.character, this.text.length);
      },
      get lineCount() { return this.text.split("\n").length; },
    };
    docs.set(uri.toString(), doc);
    return doc;
  }
  function editor(doc, viewColumn = 1) {
    return { document: doc, viewColumn, selection: undefined, visibleRanges: [new Range(0, 0, 30, 0)], revealRange(range, how) { log.revealed.push({ line: range.start.line, how }); } };
  }
  function panel(viewType, title, column, options) {
    const sent = [];
    const p = {
      viewType, title, viewColumn: 2, active: true, options, disposed: false, sent,
      webview: {
        options, html: "", cspSource: "https://csp.test", postMessage: async (m) => { sent.push(m); return true; },
        asWebviewUri: (u) => ({ toString: () => `https://csp.test${u.path}` }),
        onDidReceiveMessage: on(`msg:${log.panels.length}`),
      },
      // the extension handles messages asynchronously; give it a moment
      async receive(m) { (listeners[`msg:${log.panels.indexOf(p)}`] ?? []).forEach((f) => f(m)); await new Promise((r) => setTimeout(r, 15)); },
      reveal() { log.messages.push("reveal panel"); },
      onDidDispose: on(`dispose:${log.panels.length}`), onDidChangeViewState: on(`view:${log.panels.length}`),
      dispose() { p.disposed = true; fire(`dispose:${log.panels.indexOf(p)}`); },
    };
    log.panels.push(p);
    return p;
  }

  // vscode.l10n as VS Code implements it: the bundle of the display language (log.l10nBundle) by English text, {0} or {name} slots
  const l10n = {
    t(message, ...args) {
      const values = args.length === 1 && typeof args[0] === "object" ? args[0] : args;
      const text = log.l10nBundle?.[message] ?? message;
      return text.replace(/\{([^}]+)\}/g, (m, k) => (values[k] ?? m).toString());
    },
  };
  const statusItems = [];
  class ThemeColor { constructor(id) { this.id = id; } }
  const vscode = {
    Uri, Position, Range, Selection, WorkspaceEdit, EventEmitter, Disposable, ThemeColor, l10n,
    StatusBarAlignment: { Left: 1, Right: 2 },
    ViewColumn: { One: 1, Two: 2, Beside: -2 }, TextEditorRevealType: { InCenterIfOutsideViewport: 2, AtTop: 3 },
    window: {
      activeTextEditor: undefined, visibleTextEditors: [],
      createWebviewPanel: panel,
      registerWebviewPanelSerializer: (type, s) => { log.serializer = { type, s }; return { dispose() {} }; },
      async showTextDocument(doc, opts) { log.opened.push({ uri: doc.uri.toString(), opts }); let e = vscode.window.visibleTextEditors.find((x) => x.document === doc); if (!e) { e = editor(doc); vscode.window.visibleTextEditors.push(e); } return e; },
      showInformationMessage: async (m) => { log.messages.push(m); }, showWarningMessage: async (m) => { log.messages.push(m); }, showErrorMessage: async (m) => { log.messages.push(m); },
      showSaveDialog: async (o) => log.saveTarget ?? Uri.joinPath(o.defaultUri),
      onDidChangeActiveTextEditor: on("activeEditor"), onDidChangeTextEditorVisibleRanges: on("visibleRanges"),
      createStatusBarItem(id, alignment, priority) {
        const item = { id, alignment, priority, text: "", tooltip: undefined, visible: false, show() { item.visible = true; }, hide() { item.visible = false; }, dispose() {} };
        statusItems.push(item);
        return item;
      },
    },
    workspace: {
      openTextDocument: async (uri) => docs.get(uri.toString()) ?? document(uri, ""),
      onDidChangeTextDocument: on("change"), onDidSaveTextDocument: on("save"), onDidChangeConfiguration: on("config"),
      applyEdit: async (e) => { log.edits.push(...e.edits); return true; },
      getConfiguration: () => ({ get: () => undefined }),
      createFileSystemWatcher: () => ({ onDidChange: on("fs"), onDidCreate: on("fs"), onDidDelete: on("fs"), dispose() {} }),
      fs: { writeFile: async (uri, bytes) => { log.saved.push({ uri: uri.toString(), text: new TextDecoder().decode(bytes) }); } },
      asRelativePath: (u) => u.path,
    },
    commands: {
      registered: {},
      registerCommand(id, fn) { vscode.commands.registered[id] = fn; return { dispose() {} }; },
      async executeCommand(id, ...args) { if (id === "setContext") log.contexts[args[0]] = args[1]; else return vscode.commands.registered[id]?.(...args); },
    },
    languages: { match: ({ pattern }, doc) => (glob(pattern).test(doc.uri.path) ? 10 : 0), onDidChangeDiagnostics: on("diagnostics") },
    env: { openExternal: async (u) => { log.messages.push(`open ${u.toString()}`); return true; } },
  };
  return { vscode, log, fire, document, editor, statusItems };
}
