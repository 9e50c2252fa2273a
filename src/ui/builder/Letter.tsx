// The letter to parents, in the spirit of the schools' own launch letters: what the code asks,
// what Schoolgate does, how to add the school (the link and its QR code), a plain privacy note and
// the complaints route. Printed on A4 by the page's print stylesheet.
import type { SchoolConfig, Topic } from '../../config/index.ts';
import { type MessageKey, t } from '../i18n.ts';
import { QrCode } from './QrCode.tsx';

/** The code's asks, in the order a letter would put them, for the topics the school's clauses have. */
const POINTS: [Topic, MessageKey][] = [
  ['defamation', 'letterPointDefamation'],
  ['complaint', 'letterPointComplaint'],
  ['abuse', 'letterPointAbuse'],
  ['anonymity', 'letterPointAnonymity'],
  ['staff-contact', 'letterPointStaffContact'],
];

export interface LetterProps {
  config: SchoolConfig;
  link: string;
  date: Date;
  signedBy: string;
}

export function letterPoints(config: SchoolConfig): MessageKey[] {
  const topics = new Set(config.code.clauses.flatMap((c) => c.topics));
  return POINTS.filter(([topic]) => topics.has(topic)).map(([, key]) => key);
}

export function Letter({ config, link, date, signedBy }: LetterProps) {
  const points = letterPoints(config);
  const route = config.complaints.url ?? config.complaints.email ?? '';
  const [signer, ...role] = signedBy.split(',').map((s) => s.trim());
  return (
    <article class="letter" aria-labelledby="letter-heading">
      <header class="letter-head">
        <p class="letter-school">{config.school.name}</p>
        <p class="letter-date">{date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}</p>
      </header>
      <p>{t('letterGreeting')}</p>
      <h1 id="letter-heading" tabIndex={-1}>
        {t('letterHeading')}
      </h1>
      <p>{t('letterIntro', config.school.name, config.code.title)}</p>
      {points.length > 0 && (
        <>
          <p>{t('letterPointsIntro')}</p>
          <ul>
            {points.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t('letterSchoolgate')}</p>
      <h2>{t('letterHowHeading')}</h2>
      <div class="letter-add">
        <div>
          <p>{t('letterHow')}</p>
          <p class="letter-link">
            <a href={link}>{link}</a>
          </p>
          <p class="small">{t('letterHowAfter', config.school.name)}</p>
        </div>
        <QrCode class="letter-qr" text={link} label={t('letterQrLabel', config.school.name)} />
      </div>
      <h2>{t('letterPrivacyHeading')}</h2>
      <ul class="letter-privacy">
        <li>{t('letterPrivacyDrafts')}</li>
        <li>{t('letterPrivacyAccount')}</li>
        <li>{t('letterPrivacyTracking')}</li>
        <li>{t('letterPrivacyHistory')}</li>
      </ul>
      {route && <p>{t('letterComplaints', route)}</p>}
      <p>{t('letterThanks')}</p>
      <p class="letter-signoff">{t('letterSignoff')}</p>
      <p class="letter-signature">
        <span>{signer || config.school.name}</span>
        {role.length > 0 && (
          <>
            <br />
            <span>{role.join(', ')}</span>
          </>
        )}
      </p>
    </article>
  );
}
