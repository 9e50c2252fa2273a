// Every string a parent or school sees comes from public/_locales. In the extension the browser's
// i18n API answers (so translations apply); in unit tests and the CLI the bundled en_GB file does.
import enGB from '../../public/_locales/en_GB/messages.json' with { type: 'json' };

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export type MessageKey = keyof typeof enGB;
type GetMessage = (key: string, substitutions?: string[]) => string;

const fallbackCatalogue = enGB as Catalogue;

function fromCatalogue(key: string, substitutions: string[] = []): string {
  const entry = fallbackCatalogue[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    const index = content ? Number(/\$(\d+)/.exec(content)?.[1]) - 1 : -1;
    return index >= 0 ? (substitutions[index] ?? '') : whole;
  });
}

let source: GetMessage = fromCatalogue;

/** Entrypoints call this once with the browser's i18n.getMessage. */
export function useBrowserMessages(getMessage: GetMessage): void {
  source = (key, substitutions) => getMessage(key, substitutions) || fromCatalogue(key, substitutions);
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return source(key, substitutions.map(String));
}
