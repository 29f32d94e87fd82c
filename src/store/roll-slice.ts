import type { ManualDecision, RollEntry } from '../domain/matching';
import type * as RollModule from '../domain/roll';
import type {
  RollErrorCode,
  RollImportResult,
  RollMessage,
  RollParseOptions,
} from '../domain/roll';
import type { SliceCreator } from './app-store';
import type { MeetingSlice } from './meeting-slice';
import { loadMatchingModule, loadedMatching } from './matching-loader';
import { selectMatchByUUID } from './roll-selectors';
import type { AppServices } from './services';

/** The roll the meeting is checked against. */
export interface LoadedRoll {
  entries: RollEntry[];
  /** What the host sees it called: the file name, or the name given to a pasted list. */
  name: string;
  /** When it was imported (ms since the epoch). */
  importedAt: number;
}

/** Where the roll being imported comes from; `name` becomes the roll's name. */
export type RollImportSource = { kind: 'file'; name: string } | { kind: 'paste'; name: string };

/**
 * The import flow. `preview` holds the importer's result: a success to confirm, or a failure that
 * still has a table (no name column found) so the host can choose the name column.
 */
export type RollImportFlow =
  | { status: 'idle' }
  /** The host opened the import step and is choosing a file or pasting. */
  | { status: 'choosing' }
  | { status: 'reading'; source: RollImportSource }
  | { status: 'preview'; source: RollImportSource; result: RollImportResult }
  | {
      status: 'error';
      source: RollImportSource | null;
      code: RollErrorCode | 'read-failed';
      /** Rendered in the panel's language; `hint` is a second sentence saying what to do. */
      message: RollMessage;
      hint?: RollMessage;
    };

export interface RollSlice {
  roll: LoadedRoll | null;
  rollImport: RollImportFlow;
  /** The host's links and unlinks for this roll, oldest first (plain data: persisted as aliases). */
  rollDecisions: ManualDecision[];
  /** The matcher has loaded (it loads after the first paint); until then a roll is "matching…". */
  matchingReady: boolean;
  /** Loads the matcher (once); resolves when matching can run. */
  loadMatching: () => Promise<void>;
  /** The participant whose "This is…" picker is open (UI state, kept here so a row scrolled out of view keeps it). */
  rollLinking: string | null;
  /** Replaces the roll (and its decisions: aliases belong to one roll). */
  setRoll: (
    entries: RollEntry[],
    name: string,
    options?: { importedAt?: number; decisions?: ManualDecision[] },
  ) => void;
  clearRoll: () => void;
  /** "This is…": ties a participant (by their display name) to one or several roll entries. */
  link: (participantUUID: string, rollIds: string | readonly string[]) => void;
  /** Unties a participant from one roll entry, or from every entry they hold when `rollId` is omitted. */
  unlink: (participantUUID: string, rollId?: string) => void;
  openLinkPicker: (participantUUID: string) => void;
  closeLinkPicker: () => void;
  /** Opens the import step (file, drag-and-drop or paste); a read in progress is dropped. */
  openRollImport: () => void;
  /** Reads a file's bytes into the preview step (or an error). A newer import wins over a slower older one. */
  readRollFile: (bytes: Uint8Array, fileName: string) => Promise<void>;
  /** Reads a pasted list into the preview step (or an error). */
  readRollText: (text: string, name: string) => Promise<void>;
  /** Re-builds the preview with the host's column choice, without re-reading the file. */
  remapRollImport: (options: RollParseOptions) => void;
  /** Makes the previewed roll the roll; false (and nothing changes) unless the preview is a success. */
  confirmRollImport: () => boolean;
  cancelRollImport: () => void;
  /** A problem found before the importer ran (the file could not be read, or is far too large). */
  failRollImport: (
    source: RollImportSource | null,
    message: RollMessage,
    code?: RollErrorCode | 'read-failed',
  ) => void;
}

/**
 * How long a file may take to read before the host is told it failed. A 20,000-row workbook reads
 * in about a second; this catches what never finishes (a reader chunk that never loads, a browser
 * refusing something the reader needs), which would otherwise leave "Reading…" on screen for ever.
 */
export const ROLL_READ_TIMEOUT_MS = 45_000;

const IDLE: RollImportFlow = { status: 'idle' };

// The importer (CSV/TSV/XLSX readers, column detection) loads when the host first imports a roll:
// it is not needed to paint the roster. A preview exists only once it has loaded.
type RollImporter = typeof RollModule;
let importer: RollImporter | null = null;
const loadImporter = async (): Promise<RollImporter> =>
  (importer ??= await import('../domain/roll'));

/** What the import flow becomes for an importer result. */
function flowFor(source: RollImportSource, result: RollImportResult): RollImportFlow {
  if (result.ok || result.table) return { status: 'preview', source, result };
  const { code, text, hint } = result.error;
  return { status: 'error', source, code, message: text, ...(hint ? { hint } : {}) };
}

export const createRollSlice =
  ({
    matchingWaitsFor,
  }: Pick<AppServices, 'matchingWaitsFor'>): SliceCreator<RollSlice, MeetingSlice> =>
  (set, get) => {
    // Bumped by every new read, cancel and confirm: a slow read that finishes later is dropped.
    let importToken = 0;

    // Decisions are remembered by display name: a blank one would tie every unnamed participant at once.
    const screenNameOf = (participantUUID: string): string | null => {
      const name = get().roster.participants.get(participantUUID)?.screenName ?? '';
      const aliasKey = loadedMatching()?.aliasKey;
      return !aliasKey || aliasKey(name) === '' ? null : name;
    };

    /** Appends decisions, dropping older ones about the same (name, roll entry) pair. */
    const decide = (added: ManualDecision[]): void => {
      // Decisions come from match rows, which exist only once the matcher has loaded.
      const aliasKey = loadedMatching()?.aliasKey;
      if (added.length === 0 || !aliasKey) return;
      const replaced = new Set(added.map((d) => `${aliasKey(d.screenName)}\u0000${d.rollId}`));
      const kept = get().rollDecisions.filter(
        (d) => !replaced.has(`${aliasKey(d.screenName)}\u0000${d.rollId}`),
      );
      set({ rollDecisions: [...kept, ...added] });
    };

    return {
      roll: null,
      rollImport: IDLE,
      rollDecisions: [],
      rollLinking: null,
      matchingReady: loadedMatching() !== null,

      loadMatching: async () => {
        // A failure to fetch the words must not stop the matching (the lock's roll-only mode needs
        // it): the rows would show keys rather than nothing.
        await Promise.all([loadMatchingModule(), matchingWaitsFor().catch(() => {})]);
        if (!get().matchingReady) set({ matchingReady: true });
      },

      setRoll: (entries, name, options = {}) => {
        set({
          roll: { entries, name, importedAt: options.importedAt ?? Date.now() },
          rollDecisions: options.decisions ?? [],
        });
        // A roll before the first paint's idle moment: match it now.
        if (!get().matchingReady) void get().loadMatching();
      },

      clearRoll: () => set({ roll: null, rollDecisions: [], rollLinking: null }),

      link: (participantUUID, rollIds) => {
        const screenName = screenNameOf(participantUUID);
        const roll = get().roll;
        if (screenName === null || !roll) return;
        const known = new Set(roll.entries.map((entry) => entry.id));
        const ids = (typeof rollIds === 'string' ? [rollIds] : [...rollIds]).filter((id) =>
          known.has(id),
        );
        decide(ids.map((rollId) => ({ kind: 'link', screenName, rollId })));
      },

      unlink: (participantUUID, rollId) => {
        const screenName = screenNameOf(participantUUID);
        if (screenName === null || !get().roll) return;
        let ids: string[];
        if (rollId !== undefined) {
          ids = [rollId];
        } else {
          // Everything this name holds: its links, and the entry the matcher gave it on its own.
          const aliasKey = loadedMatching()?.aliasKey;
          if (!aliasKey) return;
          const key = aliasKey(screenName);
          const linked = get()
            .rollDecisions.filter((d) => d.kind === 'link' && aliasKey(d.screenName) === key)
            .map((d) => d.rollId);
          const match = selectMatchByUUID(get()).get(participantUUID);
          const held = match?.rollId ? [match.rollId, ...(match.extraRollIds ?? [])] : [];
          ids = [...new Set([...linked, ...held])];
        }
        decide(ids.map((id) => ({ kind: 'unlink', screenName, rollId: id })));
      },

      openLinkPicker: (participantUUID) => set({ rollLinking: participantUUID }),
      closeLinkPicker: () => set({ rollLinking: null }),

      openRollImport: () => {
        importToken += 1;
        set({ rollImport: { status: 'choosing' } });
      },

      readRollFile: async (bytes, fileName) => {
        const token = ++importToken;
        const source: RollImportSource = { kind: 'file', name: fileName };
        set({ rollImport: { status: 'reading', source } });
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timedOut = new Promise<RollImportResult>((resolve) => {
          timer = setTimeout(() => {
            void loadImporter().then(({ rollErrors }) =>
              resolve({
                ok: false,
                error: rollErrors.timeout(fileName, Math.round(ROLL_READ_TIMEOUT_MS / 1000)),
              }),
            );
          }, ROLL_READ_TIMEOUT_MS);
        });
        const reading = loadImporter().then((roll) => roll.parseRollFile(bytes, fileName));
        const result = await Promise.race([reading, timedOut]);
        clearTimeout(timer);
        if (token !== importToken) return;
        set({ rollImport: flowFor(source, result) });
      },

      readRollText: async (text, name) => {
        const token = ++importToken;
        const source: RollImportSource = { kind: 'paste', name };
        set({ rollImport: { status: 'reading', source } });
        const result = (await loadImporter()).parseRollText(text);
        if (token !== importToken) return;
        set({ rollImport: flowFor(source, result) });
      },

      remapRollImport: (options) => {
        const flow = get().rollImport;
        if (flow.status !== 'preview' || !flow.result.table || !importer) return;
        set({
          rollImport: {
            status: 'preview',
            source: flow.source,
            result: importer.remapRoll(flow.result.table, options),
          },
        });
      },

      confirmRollImport: () => {
        const flow = get().rollImport;
        if (flow.status !== 'preview' || !flow.result.ok) return false;
        importToken += 1;
        get().setRoll(flow.result.roll, flow.source.name);
        set({ rollImport: IDLE });
        return true;
      },

      cancelRollImport: () => {
        importToken += 1;
        set({ rollImport: IDLE });
      },

      failRollImport: (source, message, code = 'read-failed') => {
        importToken += 1;
        set({ rollImport: { status: 'error', source, code, message } });
      },
    };
  };
