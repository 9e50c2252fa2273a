// Where the bundles loaded on use (entrypoints/guard.ts, entrypoints/lazy.ts) leave what they
// provide, in the content script's own world (pages cannot see it).
import type { Lazy } from './checker.ts';
import type { Gate } from './gate.ts';
import type { ContentStatus } from '../messages.ts';
import type { InterstitialProps } from '../ui/interstitial/Interstitial.tsx';

export const LAZY_KEY = Symbol.for('schoolgate.lazy');

export interface LazyBundle extends Lazy {
  mountInterstitial(props: InterstitialProps, options?: { document?: Document }): { close(): void };
}

/** Where the guard's bundle (entrypoints/guard.ts, loaded on the page's first use) leaves itself. */
export const GUARD_KEY = Symbol.for('schoolgate.guard');

export interface GuardBundle {
  /** Starts the guard on this page, taking over the gate's listeners; answers the popup's question. */
  start(options: { gate: Gate; signal: AbortSignal; alive(): boolean }): { status(): Promise<ContentStatus> };
}

/**
 * Loads a bundle of Schoolgate's into this world (a module import of its extension URL) and
 * returns what it left under `key`.
 */
export async function loadBundle<T>(url: string, key: symbol): Promise<T> {
  await import(/* @vite-ignore */ url);
  const bundle = (globalThis as unknown as Record<symbol, T | undefined>)[key];
  if (!bundle) throw new Error(`Schoolgate: ${url} did not load`);
  return bundle;
}
