// Every way adding a school can fail, said in plain words (src/storage/fetch-config.ts).
import { formatProblem } from '../../config/index.ts';
import { LINK_ORIGIN } from '../../config/link.ts';
import type { LoadError } from '../../storage/fetch-config.ts';
import { t } from '../i18n.ts';

export interface ShownError {
  message: string;
  /** Validation problems, each with its path ("staff[3].name: missing — …"). */
  details: string[];
}

export function describeLoadError(error: LoadError | { kind: 'not-a-file' } | { kind: 'link-no-config' }, address?: string): ShownError {
  const origin = (() => {
    try {
      return address ? new URL(address).origin : '';
    } catch {
      return '';
    }
  })();
  switch (error.kind) {
    case 'not-https':
      return { message: t('loadErrorNotHttps'), details: [] };
    case 'not-url':
      return { message: t('loadErrorNotUrl'), details: [] };
    case 'permission-refused':
      return { message: t('loadErrorRefused', error.origin), details: [] };
    case 'network':
      return { message: t('loadErrorNetwork', error.origin), details: [] };
    case 'timeout':
      return { message: t('loadErrorTimeout', origin || address || ''), details: [] };
    case 'http':
      return { message: t('loadErrorHttp', error.status), details: [] };
    case 'insecure-redirect':
      return { message: t('loadErrorRedirect', error.to), details: [] };
    case 'redirect-refused':
      return { message: t('loadErrorRedirectRefused'), details: [] };
    case 'html':
      return { message: t('loadErrorHtml', new URL(LINK_ORIGIN).host), details: [] };
    case 'too-large':
      return { message: t('loadErrorTooLarge'), details: [] };
    case 'empty':
      return { message: t('loadErrorEmpty'), details: [] };
    case 'invalid':
      return { message: t('loadErrorInvalid'), details: error.problems.map(formatProblem) };
    case 'not-a-file':
      return { message: t('loadErrorNotAFile'), details: [] };
    case 'link-no-config':
      return { message: t('loadErrorLinkNoConfig'), details: [] };
  }
}
