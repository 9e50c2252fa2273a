// The guard on a page: capture-phase listeners that see a send before the site does, check the
// draft, and either let it go untouched or hold it for the interstitial. It takes everything it
// needs as arguments (the adapter, the checker, the UI, the recorder) and never calls the
// extension APIs itself, so it runs the same in a test page.
//
// Fail open, always: whatever goes wrong here, the site behaves as if Schoolgate were not there.
import type { ComposerSpec, SiteAdapter } from '../sites/types.ts';
import { pathElements, readDraft, rememberPath, saveCaret } from './dom.ts';
import { type Gate, type HeldEvent, redispatch } from './gate.ts';
import { type Attempt, attemptOf, editorAt } from './find.ts';
import { draftKey } from './hash.ts';
import { resend } from './resend.ts';

import type { Choice } from '../messages.ts';

export type { Choice };

export interface Verdict<R = unknown> {
  nudge: boolean;
  /** Whatever the UI needs to explain itself (the detector's result, the school). */
  detail: R;
}

export interface Checker<R = unknown> {
  /** 'off': no school loaded, or paused; 'ready': check() answers synchronously. */
  state(): 'off' | 'cold' | 'loading' | 'ready';
  /** Start loading (the parent is about to write). */
  warm(): void;
  /** Resolves once loaded, or off. */
  ready(): Promise<void>;
  check(draft: string, composer: ComposerSpec): Verdict<R>;
}

export interface Held<R = unknown> {
  draft: string;
  composer: ComposerSpec;
  verdict: Verdict<R>;
}

export interface GuardOptions<R> {
  adapter: SiteAdapter;
  checker: Checker<R>;
  /** Shows the interstitial; resolves with what the parent chose. */
  ask(held: Held<R>): Promise<Choice>;
  /** Records the outcome (never the draft). */
  record(held: Held<R>, choice: Choice): void;
  /**
   * The page's gate (src/composer/gate.ts), whose capture listeners were there from document
   * start: the guard takes the events from it (focus, which loads the detector; sends; the caret
   * while the parent types), and the ones it held meanwhile. The gate's signal removes them.
   */
  gate: Gate;
  window?: Window;
  /**
   * Whether the extension is still there. After it reloads or updates under an open page, this
   * page's script is cut off (nothing tells it so): from then on it must not touch anything.
   */
  alive?(): boolean;
  /** For tests: how long to wait before concluding a replayed send was refused. */
  replayCheckMs?: number;
}

export class Guard<R = unknown> {
  private readonly win: Window;
  /** Drafts the parent chose to post anyway, or said were not about the school: never stopped again. */
  private readonly allowed = new Set<string>();
  private recent: { composer: ComposerSpec; editor: HTMLElement } | null = null;
  private busy = false;

  constructor(private readonly options: GuardOptions<R>) {
    this.win = options.window ?? window;
    options.gate.attach({
      send: (event) => this.onSend(event),
      focusin: (event) => this.onFocus(event),
      selection: () => this.onSelection(),
      takeOver: (focus, held) => this.takeOver(focus, held),
    });
  }

  private caretRange: Range | null = null;

  private onSelection(): void {
    try {
      const editor = this.recent?.editor;
      const sel = this.win.document.getSelection();
      if (!editor || !sel || !sel.rangeCount) return;
      const range = sel.getRangeAt(0);
      if (editor.contains(range.startContainer)) this.caretRange = range.cloneRange();
    } catch {
      // fail open
    }
  }

  private onFocus(event: Event): void {
    if (!this.stillAlive()) return;
    try {
      const found = editorAt(this.options.adapter, pathElements(event));
      if (!found) return;
      this.recent = found;
      if (this.options.checker.state() === 'cold') this.options.checker.warm();
    } catch {
      // fail open
    }
  }

  /** The gate's last focus and the events it held while this guard loaded. */
  private takeOver(focus: HeldEvent | null, held: HeldEvent[]): void {
    if (focus) {
      rememberPath(focus.event, focus.path);
      this.onFocus(focus.event);
    }
    for (const h of held) {
      rememberPath(h.event, h.path);
      this.onSend(h.event, h);
    }
  }

  private dead = false;

  private stillAlive(): boolean {
    if (this.dead) return false;
    try {
      if (this.options.alive && !this.options.alive()) this.dead = true;
    } catch {
      this.dead = true;
    }
    return !this.dead;
  }

  /**
   * A send, or something that might be one. `held`: the gate kept this event from the page while
   * the guard loaded; if it is not a send to stop, it goes back to the page.
   */
  private onSend(event: Event, held?: HeldEvent): void {
    const giveBack = () => {
      if (held) redispatch(held, this.win);
    };
    if (!this.stillAlive()) return giveBack();
    let attempt: Attempt | null;
    let draft: string;
    try {
      attempt = attemptOf(event, this.options.adapter, this.recent);
      if (!attempt) return giveBack();
      if (this.busy) {
        // the interstitial is up: nothing else may post from behind it
        if (!held) this.block(event);
        return;
      }
      draft = readDraft(attempt.editor);
      if (!draft.trim() || this.allowed.has(draftKey(draft))) return giveBack();
    } catch {
      return giveBack();
    }
    const checker = this.options.checker;
    const state = checker.state();
    if (state === 'off') return giveBack();
    if (state !== 'ready' || held) {
      // The send came before the detector had loaded (rare: loading starts on focus), or before
      // the guard had. Hold it, and once loaded either ask or send it on as if nothing had happened.
      if (!held) this.block(event);
      if (state === 'cold') checker.warm();
      void checker.ready().then(() => this.decide(attempt!, draft, true));
      return;
    }
    let verdict: Verdict<R>;
    try {
      verdict = checker.check(draft, attempt.composer);
    } catch {
      return;
    }
    if (!verdict.nudge) return;
    this.block(event);
    void this.hold(attempt, draft, verdict);
  }

  private block(event: Event): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  /** After a held send once the detector is ready: ask, or send it on. */
  private async decide(attempt: Attempt, draft: string, held: boolean): Promise<void> {
    let verdict: Verdict<R> | null = null;
    try {
      if (this.options.checker.state() === 'ready') verdict = this.options.checker.check(draft, attempt.composer);
    } catch {
      verdict = null;
    }
    if (verdict?.nudge) return this.hold(attempt, draft, verdict);
    if (held) await this.release(attempt, draft);
  }

  private async hold(attempt: Attempt, draft: string, verdict: Verdict<R>): Promise<void> {
    const held: Held<R> = { draft, composer: attempt.composer, verdict };
    const caret = saveCaret(attempt.editor, this.caretRange);
    this.busy = true;
    let choice: Choice;
    try {
      choice = await this.options.ask(held);
    } catch {
      // the interstitial could not be shown: the post goes as the parent meant it to
      this.busy = false;
      return this.release(attempt, draft);
    }
    this.busy = false;
    try {
      this.options.record(held, choice);
    } catch {
      // recording is best effort; the parent's choice stands
    }
    if (choice === 'post') {
      caret.restore();
      return this.release(attempt, draft);
    }
    if (choice === 'false-alarm') this.allowed.add(draftKey(draft));
    caret.restore();
  }

  /** Sends the held draft as the parent meant to, exactly once. */
  private async release(attempt: Attempt, draft: string): Promise<void> {
    this.allowed.add(draftKey(draft));
    await resend(attempt, draft, { window: this.win, checkMs: this.options.replayCheckMs });
  }
}
