/**
 * Reads the output of one `git log -p --unified=0` over the data (see GIT_LOG_ARGS) line by line, and
 * hands over each commit's header and then each file's diff (the lines it removed and added) as soon
 * as that file is complete. It never holds more than one file's lines, so the whole history of a
 * national-scale dataset streams through.
 * Hunk bodies are read by the counts in their `@@` headers, so a data line that happens to start with
 * "---" or "diff" is never mistaken for a header.
 */

/** Start, field separator and end of the commit header written by LOG_FORMAT. */
const START = '\u0001';
const FIELD = '\u001f';
const END = '\u0002';

/** The `--format` that this parser reads: hash, committer date (strict ISO 8601), raw message. */
export const LOG_FORMAT = '%x01%H%x1f%cI%x1f%B%x02';

/**
 * Options of the one `git log` per build. First parent only: the history as it landed on the
 * published branch, a merge counting as one change dated when it was merged (so a change made on a
 * side branch a month earlier is not dated before it was published), and diffs always against the
 * previous published state. No renames: a moved file is a removal and an addition, which the row
 * matching turns back into "unchanged" when the rows are the same. Prefixes, colours and external
 * diff drivers are set explicitly so a user's git configuration cannot change the output.
 */
export const GIT_LOG_ARGS = [
  '-c', 'core.quotePath=false',
  'log',
  '--first-parent',
  '--diff-merges=first-parent',
  '--topo-order',
  '--reverse',
  '--no-renames',
  '--no-ext-diff',
  '--no-textconv',
  '--no-color',
  '--unified=0',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--relative',
  '--encoding=UTF-8',
  `--format=${LOG_FORMAT}`,
  '-p',
];

/** What the history reads: the tables and the Markdown entries, not outlines or READMEs. */
export const DATA_PATHSPECS = [':(glob)data/**/*.csv', ':(glob)content/**/*.md'];

/** One `@@` block: where it sits in the old and new file, and the lines it removes and adds. */
export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  removed: string[];
  added: string[];
}

/** One file's part of a commit's diff. */
export interface FileDiff {
  path: string;
  status: 'added' | 'modified' | 'deleted';
  hunks: Hunk[];
}

/** A commit as git printed it. */
export interface RawCommit {
  hash: string;
  /** Committer date, ISO 8601 with offset (what %cI prints). */
  date: string;
  /** The whole message: subject, blank line, body. */
  message: string;
  files: FileDiff[];
}

/** A line-by-line reader of the log: call `line` for each line (without its newline), then `end`. */
export interface LogParser {
  line(text: string): void;
  end(): void;
}

/** A commit's header, before its files. */
export type CommitHeader = Omit<RawCommit, 'files'>;

/**
 * What the parser calls: `commit` when a commit's header is read, `file` when one file's diff is
 * complete (so a caller can drop its lines before the next file is read), `done` after the commit's
 * last file.
 */
export interface LogHandlers {
  commit(header: CommitHeader): void;
  file(diff: FileDiff): void;
  done(): void;
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

// git writes "a/x b/x" after "diff --git"; without renames both sides name the same path, so the
// path is the first half even when it contains spaces. Quoted paths (control characters) are unquoted.
const diffPath = (rest: string): string => {
  if (rest.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"/.exec(rest);
    return (m?.[1] ?? '').replace(/\\(.)/g, '$1').replace(/^a\//, '');
  }
  const half = (rest.length - 1) / 2;
  return rest.slice(2, half);
};

/** A streaming parser calling `handlers` as commits and files complete (oldest first when git was given --reverse). */
export function createLogParser(handlers: LogHandlers): LogParser {
  let inCommit = false;
  let header: string[] | undefined;
  let file: FileDiff | undefined;
  let hunk: Hunk | undefined;
  let left = { removed: 0, added: 0 };

  const finishFile = () => {
    if (file) handlers.file(file);
    file = undefined;
    hunk = undefined;
  };
  const finishCommit = () => {
    finishFile();
    if (inCommit) handlers.done();
    inCommit = false;
  };
  const startCommit = (text: string) => {
    const [hash = '', date = '', ...message] = text.split(FIELD);
    inCommit = true;
    handlers.commit({ hash, date, message: message.join(FIELD).trim() });
  };

  return {
    line(raw: string) {
      const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (hunk && (left.removed > 0 || left.added > 0)) {
        if (text.startsWith('\\')) return; // "\ No newline at end of file"
        if (text.startsWith('-') && left.removed > 0) {
          hunk.removed.push(text.slice(1));
          left.removed--;
          return;
        }
        if (text.startsWith('+') && left.added > 0) {
          hunk.added.push(text.slice(1));
          left.added--;
          return;
        }
        // Anything else ends the hunk early (a truncated stream); fall through to read it as a header.
        left = { removed: 0, added: 0 };
      }
      if (header) {
        const end = text.indexOf(END);
        header.push(end === -1 ? text : text.slice(0, end));
        if (end !== -1) {
          startCommit(header.join('\n'));
          header = undefined;
        }
        return;
      }
      if (text.startsWith(START)) {
        finishCommit();
        const body = text.slice(1);
        const end = body.indexOf(END);
        if (end === -1) header = [body];
        else startCommit(body.slice(0, end));
        return;
      }
      if (!inCommit) return;
      if (text.startsWith('diff --git ')) {
        finishFile();
        file = { path: diffPath(text.slice('diff --git '.length)), status: 'modified', hunks: [] };
        return;
      }
      if (!file) return;
      if (text.startsWith('new file mode')) file.status = 'added';
      else if (text.startsWith('deleted file mode')) file.status = 'deleted';
      else if (text.startsWith('@@ ')) {
        const m = HUNK.exec(text);
        if (!m) return;
        hunk = {
          oldStart: Number(m[1]),
          oldCount: m[2] === undefined ? 1 : Number(m[2]),
          newStart: Number(m[3]),
          newCount: m[4] === undefined ? 1 : Number(m[4]),
          removed: [],
          added: [],
        };
        left = { removed: hunk.oldCount, added: hunk.newCount };
        file.hunks.push(hunk);
      }
    },
    end() {
      finishCommit();
    },
  };
}

/** Parses a whole log held in memory (tests and small repositories). */
export const parseGitLog = (text: string): RawCommit[] => {
  const out: RawCommit[] = [];
  const parser = createLogParser({
    commit: (h) => out.push({ ...h, files: [] }),
    file: (f) => out.at(-1)!.files.push(f),
    done: () => {},
  });
  for (const l of text.split('\n')) parser.line(l);
  parser.end();
  return out;
};
