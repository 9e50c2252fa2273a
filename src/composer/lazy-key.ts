// Where the lazily loaded bundle (entrypoints/lazy.ts) leaves what it provides, in the content
// script's own world (pages cannot see it).
import type { Lazy } from './checker.ts';
import type { InterstitialProps } from '../ui/interstitial/Interstitial.tsx';

export const LAZY_KEY = Symbol.for('schoolgate.lazy');

export interface LazyBundle extends Lazy {
  mountInterstitial(props: InterstitialProps, options?: { document?: Document }): { close(): void };
}
