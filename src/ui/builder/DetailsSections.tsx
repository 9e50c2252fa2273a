// Steps 2 to 4: the school and the names parents use for it, its staff, and where things live
// (the complaints route, the code, this config).
import type { Problem } from '../../config/index.ts';
import { suggestAliases, type StaffParse } from '../../config/policy/index.ts';
import { t } from '../i18n.ts';
import { TextArea, TextField } from './fields.tsx';
import { aliasList, type BuilderState, splitList } from './state.ts';

interface Props {
  state: BuilderState;
  update(change: Partial<BuilderState>): void;
  problemsAt(prefix: string, exact?: boolean): Problem[];
}

export function SchoolSection({ state, update, problemsAt }: Props) {
  const chosen = new Set(aliasList(state).map((a) => a.toLowerCase()));
  const suggestions = suggestAliases(state.schoolName).filter((a) => !chosen.has(a.toLowerCase()));
  const add = (alias: string) => update({ aliases: [...aliasList(state), alias].join(', ') });
  const listed = state.extraction?.schools.filter((s) => s.toLowerCase() !== state.schoolName.trim().toLowerCase()) ?? [];
  const schoolsNow = splitList(state.schools, /\n/);
  return (
    <>
      <TextField id="school-name" label={t('builderSchoolName')} hint={t('builderSchoolNameHint')} value={state.schoolName} onInput={(schoolName) => update({ schoolName })} problems={problemsAt('school.name')} autocomplete="organization" required />
      <TextField id="school-aliases" label={t('builderAliases')} hint={t('builderAliasesHint')} value={state.aliases} onInput={(aliases) => update({ aliases })} problems={problemsAt('school.aliases')} />
      {suggestions.length > 0 && (
        <div class="suggestions" role="group" aria-labelledby="alias-suggestions">
          <p id="alias-suggestions" class="hint">
            {t('builderAliasSuggestions')}
          </p>
          <ul class="chips">
            {suggestions.map((alias) => (
              <li key={alias}>
                <button type="button" class="chip" onClick={() => add(alias)} aria-label={t('builderAddAlias', alias)}>
                  + {alias}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <TextField id="school-website" type="url" label={t('builderWebsite')} value={state.website} onInput={(website) => update({ website })} problems={problemsAt('school.website')} placeholder="https://" />
      <TextArea id="schools" label={t('builderOtherSchools')} hint={t('builderOtherSchoolsHint')} rows={4} value={state.schools} onInput={(schools) => update({ schools })} problems={problemsAt('schools')}>
        {listed.length > 0 && listed.join('\n') !== schoolsNow.join('\n') && (
          <button type="button" class="secondary small" onClick={() => update({ schools: listed.join('\n') })}>
            {t('builderUseListedSchools', listed.length)}
          </button>
        )}
      </TextArea>
    </>
  );
}

export function StaffSection({ state, update, staff, problemsAt }: Props & { staff: StaffParse }) {
  return (
    <>
      <TextArea id="staff" label={t('builderStaff')} hint={t('builderStaffHint')} rows={8} value={state.staffText} onInput={(staffText) => update({ staffText })} problems={problemsAt('staff')} placeholder={t('builderStaffPlaceholder')} />
      <div role="status" class="status">
        {state.staffText.trim() && <p>{t('builderStaffCount', staff.staff.length)}</p>}
      </div>
      {staff.skipped.length > 0 && (
        <ul class="warnings">
          {staff.skipped.map((s) => (
            <li key={s.line}>{s.reason === 'no-name' ? t('builderStaffSkipped', s.line, s.text) : s.reason === 'too-long' ? t('builderStaffTooLong', s.line) : t('builderStaffTooMany', s.line)}</li>
          ))}
        </ul>
      )}
      {staff.staff.length > 0 && (
        <details class="staff-table">
          <summary>{t('builderStaffShow', staff.staff.length)}</summary>
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">{t('builderStaffCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('builderStaffTitle')}</th>
                  <th scope="col">{t('builderStaffName')}</th>
                  <th scope="col">{t('builderStaffRole')}</th>
                </tr>
              </thead>
              <tbody>
                {staff.staff.map((s) => (
                  <tr key={`${s.title ?? ''}${s.name}`}>
                    <td>{s.title ?? ''}</td>
                    <td>{s.name}</td>
                    <td>{s.role ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}

export function AddressesSection({ state, update, problemsAt }: Props) {
  const route = problemsAt('complaints', true);
  return (
    <>
      <fieldset class="group">
        <legend>{t('builderComplaints')}</legend>
        <p class="hint" id="complaints-hint">
          {t('builderComplaintsHint')}
        </p>
        <TextField id="complaints-url" type="url" label={t('builderComplaintsUrl')} value={state.complaintsUrl} onInput={(complaintsUrl) => update({ complaintsUrl })} problems={[...route, ...problemsAt('complaints.url')]} placeholder="https://" />
        <TextField id="complaints-email" type="email" label={t('builderComplaintsEmail')} value={state.complaintsEmail} onInput={(complaintsEmail) => update({ complaintsEmail })} problems={problemsAt('complaints.email')} autocomplete="email" />
        <TextField id="complaints-label" label={t('builderComplaintsLabel')} hint={t('builderComplaintsLabelHint')} value={state.complaintsLabel} onInput={(complaintsLabel) => update({ complaintsLabel })} problems={problemsAt('complaints.label')} />
      </fieldset>
      <fieldset class="group">
        <legend>{t('builderCodeWhere')}</legend>
        <TextField id="code-url" type="url" label={t('builderCodeUrl')} value={state.codeUrl} onInput={(codeUrl) => update({ codeUrl })} problems={problemsAt('code.url')} placeholder="https://" />
        <TextField id="code-approved" type="date" label={t('builderApproved')} value={state.approved} onInput={(approved) => update({ approved })} problems={problemsAt('code.approved')} />
      </fieldset>
      <fieldset class="group">
        <legend>{t('builderThisConfig')}</legend>
        <TextField id="source" type="url" label={t('builderSource')} hint={t('builderSourceHint')} value={state.source} onInput={(source) => update({ source })} problems={problemsAt('source')} placeholder="https://" />
        <TextField id="published" type="date" label={t('builderPublished')} hint={t('builderPublishedHint')} value={state.published} onInput={(published) => update({ published })} problems={problemsAt('published')} />
      </fieldset>
    </>
  );
}
