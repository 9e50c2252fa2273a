// Step 1: the code of conduct. Paste or open its text, find the clauses, then check each one's
// number, words and topics.
import { useState } from 'preact/hooks';
import { type Problem, TOPICS, type Topic } from '../../config/index.ts';
import { decodeText, type PolicyNote } from '../../config/policy/index.ts';
import { type MessageKey, t } from '../i18n.ts';
import { FieldProblems, TextArea, TextField } from './fields.tsx';
import { type BuilderState, type ClauseRow, newKey } from './state.ts';

export const TOPIC_LABEL: Record<Topic, MessageKey> = {
  defamation: 'builderTopicDefamation',
  complaint: 'builderTopicComplaint',
  abuse: 'builderTopicAbuse',
  procedure: 'builderTopicProcedure',
  sanctions: 'builderTopicSanctions',
  'staff-contact': 'builderTopicStaffContact',
  anonymity: 'builderTopicAnonymity',
  removal: 'builderTopicRemoval',
  messaging: 'builderTopicMessaging',
  general: 'builderTopicGeneral',
};

export function noteMessage(note: PolicyNote): string {
  switch (note.kind) {
    case 'list-only':
      return t(note.letter ? 'importPolicyListOnlyLetter' : 'importPolicyListOnly');
    case 'no-code':
      return t(note.letter ? 'builderNoCodeLetter' : 'builderNoCode');
    case 'too-many':
      return t('importPolicyTooMany', note.found);
    case 'too-long':
      return t('importPolicyTooLong', note.id, note.length.toLocaleString('en-GB'));
    case 'duplicate-id':
      return t('importPolicyDuplicate', note.id, note.renamed);
  }
}

interface Props {
  state: BuilderState;
  update(change: Partial<BuilderState>): void;
  extract(text?: string): void;
  problemsAt(path: string, exact?: boolean): Problem[];
}

function ClauseEditor({ clause, index, onChange, onRemove, problemsAt }: { clause: ClauseRow; index: number; onChange(c: ClauseRow): void; onRemove(): void; problemsAt: Props['problemsAt'] }) {
  const base = `clause-${index}`;
  const label = clause.id.trim() || t('builderClauseUnnumbered', index + 1);
  const topicProblems = problemsAt(`code.clauses[${index}].topics`);
  const toggle = (topic: Topic, on: boolean) => onChange({ ...clause, topics: on ? TOPICS.filter((x) => x === topic || clause.topics.includes(x)) : clause.topics.filter((x) => x !== topic) });
  return (
    <li class="clause">
      <h4 class="clause-heading">{t('builderClauseHeading', label)}</h4>
      <div class="clause-grid">
        <TextField id={`${base}-id`} label={t('builderClauseId')} value={clause.id} onInput={(id) => onChange({ ...clause, id })} problems={problemsAt(`code.clauses[${index}].id`)} />
        <TextArea id={`${base}-text`} label={t('builderClauseText')} rows={3} value={clause.text} onInput={(text) => onChange({ ...clause, text })} problems={problemsAt(`code.clauses[${index}].text`)} />
      </div>
      <fieldset class="topics" id={`${base}-topics`} aria-describedby={topicProblems.length ? `${base}-topics-problems` : undefined}>
        <legend>{t('builderClauseTopics', label)}</legend>
        {TOPICS.map((topic) => (
          <label class="topic" key={topic}>
            <input type="checkbox" checked={clause.topics.includes(topic)} onChange={(e) => toggle(topic, e.currentTarget.checked)} />
            {t(TOPIC_LABEL[topic])}
          </label>
        ))}
        <FieldProblems id={`${base}-topics`} problems={topicProblems} />
      </fieldset>
      <button type="button" class="secondary small" onClick={onRemove}>
        {t('builderClauseRemove', label)}
      </button>
    </li>
  );
}

export function CodeSection({ state, update, extract, problemsAt }: Props) {
  const [fileMessage, setFileMessage] = useState('');
  // finding the clauses again replaces the list, and any changes made to it: ask first
  const [pending, setPending] = useState<string | null>(null);
  const find = (text?: string) => {
    if (state.clauses.length > 0) setPending(text ?? state.codeText);
    else extract(text);
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      setFileMessage(t(decoded.kind === 'pdf' ? 'builderFilePdf' : decoded.kind === 'word' ? 'builderFileWord' : 'builderFileBinary', file.name));
      return;
    }
    setFileMessage(t('builderFileOpened', file.name));
    find(decoded.text);
  };

  const setClause = (index: number, clause: ClauseRow) => update({ clauses: state.clauses.map((c, i) => (i === index ? clause : c)) });
  const removeClause = (index: number) => update({ clauses: state.clauses.filter((_, i) => i !== index) });
  const addClause = () => update({ clauses: [...state.clauses, { key: newKey(), id: '', text: '', topics: ['general'] }] });
  const found = state.extraction;

  return (
    <>
      <p>{t('builderCodeIntro')}</p>
      <TextArea id="code-text" label={t('builderCodeText')} hint={t('builderCodeTextHint')} rows={10} value={state.codeText} onInput={(codeText) => update({ codeText })} problems={problemsAt('code.clauses', true)} />
      <div class="row">
        <button type="button" onClick={() => find()}>
          {t('builderFindClauses')}
        </button>
        <span class="or">{t('builderOr')}</span>
        <label class="file-button">
          {t('builderOpenFile')}
          <input type="file" accept=".txt,.text,.md,text/plain" onChange={(e) => void open(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {pending !== null && (
        <div class="confirm" role="group" aria-labelledby="replace-question">
          <p id="replace-question">{t('builderReplaceQuestion', state.clauses.length)}</p>
          <button
            type="button"
            onClick={() => {
              extract(pending);
              setPending(null);
            }}
          >
            {t('builderReplace')}
          </button>
          <button type="button" class="secondary" onClick={() => setPending(null)}>
            {t('builderKeep')}
          </button>
        </div>
      )}
      <div role="status" class="status">
        {fileMessage && <p>{fileMessage}</p>}
        {found && found.count > 0 && <p class="found">{t(found.kind === 'list' ? 'builderFoundList' : 'builderFound', found.count)}</p>}
        {found?.notes.map((note) => (
          <p class={note.kind === 'no-code' ? 'warning' : 'note'} key={note.kind}>
            {noteMessage(note)}
          </p>
        ))}
      </div>

      <TextField id="code-title" label={t('builderCodeTitle')} hint={t('builderCodeTitleHint')} value={state.title} onInput={(title) => update({ title })} problems={problemsAt('code.title')} required />

      {state.clauses.length > 0 && (
        <>
          <h3>{t('builderClausesHeading', state.clauses.length)}</h3>
          <p class="hint">{t('builderClausesHint')}</p>
          <ol class="clauses">
            {state.clauses.map((clause, index) => (
              <ClauseEditor key={clause.key} clause={clause} index={index} onChange={(c) => setClause(index, c)} onRemove={() => removeClause(index)} problemsAt={problemsAt} />
            ))}
          </ol>
        </>
      )}
      <button type="button" class="secondary" onClick={addClause}>
        {t('builderAddClause')}
      </button>
    </>
  );
}
