// Words about school life and people, used to tell references to the school and its staff from
// the many other things the same words can mean. Lower case, folded, apostrophes removed.

export type TitleGroup = 'male' | 'female' | 'doctor' | 'neutral' | 'religious';

/** Forms of address, and which of them can stand for one another. */
export const TITLES: Record<string, TitleGroup> = {
  mr: 'male', mister: 'male', sir: 'male', master: 'male', herr: 'male', monsieur: 'male', senor: 'male', fr: 'religious', father: 'religious',
  mrs: 'female', ms: 'female', miss: 'female', missus: 'female', misses: 'female', mz: 'female', madam: 'female', madame: 'female', mme: 'female', senora: 'female', frau: 'female',
  mx: 'neutral', coach: 'neutral',
  dr: 'doctor', doctor: 'doctor', prof: 'doctor', professor: 'doctor',
  rev: 'religious', revd: 'religious', reverend: 'religious', vicar: 'religious', canon: 'religious', sister: 'religious', brother: 'religious',
};

/**
 * Whether a title written in a draft can name a person whose own title is `configured`.
 * Mrs, Ms and Miss are used for one another; Mr or Mrs for a doctor is common; but "Dr Patel"
 * is not the SENCo Mrs Patel, and Mr is never Mrs.
 */
export function titleCompatible(written: TitleGroup, configured: TitleGroup | undefined): boolean {
  if (!configured || written === configured) return true;
  if (written === 'neutral' || configured === 'neutral') return true;
  if (configured === 'doctor') return written === 'male' || written === 'female';
  if (configured === 'religious') return written === 'male' || written === 'female';
  return false;
}

/** Particles that belong to the surname that follows: Ní Bhriain, Ó Briain, van Dijk. */
export const SURNAME_PARTICLES = new Set([
  'o', 'ni', 'nic', 'mac', 'mc', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'dos', 'das', 'le', 'la', 'bin', 'bint', 'ibn', 'al', 'el', 'ap', 'ab',
]);

/** Words that name a kind of school; stripped from a school's name to find its core ("Low Ash"). */
export const SCHOOL_KIND_WORDS = new Set([
  'school', 'schools', 'primary', 'secondary', 'high', 'academy', 'college', 'infant', 'infants', 'junior', 'juniors', 'nursery',
  'community', 'church', 'of', 'england', 'ce', 'cofe', 'catholic', 'rc', 'roman', 'sixth', 'form', 'free', 'grammar', 'upper',
  'middle', 'first', 'prep', 'preparatory', 'trust', 'federation', 'and', 'voluntary', 'aided', 'controlled', 'va', 'vc', 'methodist',
  'methodist', 'ce(va)', 'lower', 'studio', 'technical', 'specialist', 'learning', 'centre', 'center', 'hub', 'campus', 'cof', 'e', 'c',
]);

/** Nouns after a place name that make it a road or place rather than the school: "Low Ash Road". */
export const PLACE_WORDS = new Set([
  'road', 'rd', 'street', 'lane', 'ln', 'avenue', 'ave', 'drive', 'close', 'way', 'crescent', 'grove', 'terrace', 'gardens', 'park',
  'estate', 'rec', 'recreation', 'surgery', 'medical', 'health', 'station', 'chapel', 'village', 'garage', 'pub', 'inn', 'arms', 'farm',
  'woods', 'hall', 'court', 'house', 'library', 'shops', 'shop', 'parade', 'roundabout', 'bridge', 'bypass', 'junction', 'retail',
  'industrial', 'allotments', 'cemetery', 'hospital', 'leisure', 'sports', 'football', 'cricket', 'golf', 'tennis', 'hill', 'bank',
  'reservoir', 'brook', 'moor', 'common', 'green', 'square', 'place', 'mews', 'row', 'walk', 'rise', 'vale', 'view', 'wharf', 'quay',
  'marina', 'dental', 'dentist', 'vets', 'pharmacy', 'co-op', 'coop', 'tesco', 'asda', 'aldi', 'lidl', 'spar', 'chippy', 'takeaway',
  'residents', 'scouts', 'brownies', 'cubs', 'nursing', 'care', 'retirement',
]);

/** Capitalised after a place name, a business named after it: "Castleview Motors", "Greenhill Kitchen & Bar". */
export const BUSINESS_WORDS = new Set([
  'motors', 'motor', 'autos', 'auto', 'cars', 'tyres', 'kitchen', 'bar', 'cafe', 'café', 'bistro', 'restaurant', 'hotel', 'bakery',
  'butchers', 'florist', 'florists', 'taxis', 'cabs', 'builders', 'plumbing', 'electrical', 'lettings', 'properties', 'homes',
  'opticians', 'salon', 'barbers', 'beauty', 'nails', 'gym', 'fitness', 'fc', 'afc', 'united', 'rovers', 'athletic', 'town', 'rugby',
  'carpets', 'furniture', 'stores', 'store', 'market', 'tandoori', 'pizza', 'ltd', 'limited', 'plc', 'interiors', 'windows',
  'roofing', 'removals', 'storage', 'logistics', 'dentistry', 'physio', 'vets', 'veterinary', 'kennels', 'cattery', 'stables',
  'nurseries', 'garden', 'centre', 'tearoom', 'tearooms', 'deli', 'fisheries', 'brewery', 'distillery', 'cinema', 'theatre',
]);

/** Words that put a draft in school life: a short name near them is likely a member of staff. */
export const SCHOOL_CONTEXT = new Set([
  'school', 'schools', 'class', 'classes', 'classroom', 'teacher', 'teachers', 'teaching', 'taught', 'head', 'headteacher', 'headmaster',
  'headmistress', 'deputy', 'senco', 'sendco', 'sen', 'send', 'ehcp', 'ehc', 'pupil', 'pupils', 'student', 'students', 'detention',
  'detentions', 'homework', 'pe', 'ta', 'tas', 'governor', 'governors', 'inset', 'sats', 'gcse', 'gcses', 'mocks', 'exams', 'exam',
  'reception', 'nursery', 'playground', 'playtime', 'assembly', 'assemblies', 'term', 'uniform', 'register', 'attendance', 'tutor',
  'form', 'isolation', 'exclusion', 'excluded', 'suspended', 'lesson', 'lessons', 'timetable', 'curriculum', 'ofsted', 'safeguarding',
  'bullying', 'bullied', 'bully', 'behaviour', 'sanctions', 'merit', 'merits', 'points', 'report', 'reports', 'parents', 'parent',
  'evening', 'trip', 'residential', 'prom', 'year', 'yr', 'y7', 'y8', 'y9', 'y10', 'y11', 'y6', 'y5', 'y4', 'y3', 'y2', 'y1', 'phonics',
  'reading', 'spellings', 'maths', 'english', 'science', 'history', 'geography', 'art', 'music', 'drama', 'rse', 'pshe', 're',
  'coursework', 'staff', 'staffroom', 'office', 'pta', 'pickup', 'pick-up', 'dropoff', 'gate', 'gates', 'job', 'period', 'lunch',
  'lunchtime', 'dinner', 'dinners', 'break', 'breaktime', 'classmates', 'kids', 'children', 'child', 'son', 'daughter', 'lad', 'teaches',
  'marking', 'marked', 'sir', 'miss', 'hoy', 'sixth', 'options', 'sets', 'setting', 'tutor', 'pastoral', 'email', 'emails', 'letter',
]);

/** School words that outweigh a place elsewhere in the same sentence (family words do not). */
export const SCHOOL_ONLY_CONTEXT = new Set([...SCHOOL_CONTEXT].filter((w) => !/^(kids|children|child|son|daughter|lad|parents|parent|job|email|emails|letter|office|break|evening|points|report|reports|year|yr|form|period|lunch|dinner|art|music|reading|english|history|art)$/.test(w)));

/**
 * Words that place a short name outside school: "Mrs H next door", "Dr Patel at the surgery",
 * "Mrs K at the chippy", "Wright's the name of the plumber".
 */
export const ELSEWHERE_CONTEXT = new Set([
  'neighbour', 'neighbours', 'neighbor', 'next-door', 'chippy', 'surgery', 'gp', 'dentist', 'dentists', 'garage', 'mechanic', 'plumber',
  'builder', 'builders', 'electrician', 'landlord', 'landlady', 'hairdresser', 'hairdressers', 'barber', 'salon', 'pub', 'shop',
  'corner', 'takeaway', 'vets', 'vet', 'pharmacy', 'chemist', 'hospital', 'a&e', 'church', 'gym', 'work', 'office-job', 'boss',
  'colleague', 'cousin', 'aunt', 'auntie', 'uncle', 'nan', 'nana', 'grandma', 'grandad', 'gran', 'hedge', 'driveway', 'allotment',
  'councillor', 'council', 'mp', 'doctors',
]);

/** Children, in a parent's words: "my son's teacher", "our eldest's school". */
export const CHILD_WORDS = new Set([
  'son', 'sons', 'daughter', 'daughters', 'child', 'childs', 'children', 'childrens', 'kid', 'kids', 'boy', 'boys', 'girl', 'girls',
  'lad', 'lads', 'lass', 'youngest', 'eldest', 'oldest', 'middle', 'twins', 'stepson', 'stepdaughter', 'grandson', 'granddaughter',
  'nephew', 'niece', 'ds', 'dd', 'dc', 'ds1', 'ds2', 'dd1', 'dd2', 'little', 'one', 'baby', 'bairn', 'bairns', 'wee', 'sprog', 'teen',
  'teenager', 'teenagers',
]);

/** "School" in its own right, as in "my son's school", "our primary", "that school". */
export const SCHOOL_NOUNS = new Set(['school', 'primary', 'secondary', 'academy', 'nursery', 'infants', 'juniors', 'college', 'high']);

/** Compounds where "school" does not refer to a school: "the school run", "school holidays". */
export const SCHOOL_COMPOUNDS = new Set([
  'run', 'runs', 'bus', 'buses', 'holidays', 'holiday', 'year', 'years', 'term', 'terms', 'day', 'days', 'shoes', 'bag', 'bags', 'places',
  'place', 'admissions', 'system', 'age', 'kids', 'children', 'friends', 'friend', 'photo', 'photos', 'disco', 'mum', 'mums', 'dad', 'dads',
  'parents', 'parent', 'life', 'work', 'books', 'book',
]);

/** Default role words (the config's `roles` replace them when given). */
export const DEFAULT_ROLES = [
  'head', 'headteacher', 'head teacher', 'headmaster', 'headmistress', 'principal', 'executive head', 'deputy head', 'deputy headteacher',
  'deputy head teacher', 'deputy', 'assistant head', 'senco', 'sendco', 'head of year', 'form tutor', 'class teacher', 'teacher',
  'teaching assistant', 'ta', 'office manager', 'business manager', 'receptionist', 'attendance officer', 'behaviour lead',
  'pastoral lead', 'safeguarding lead', 'dsl', 'pe teacher', 'caretaker', 'site manager',
];

/** Role words for the staff member who leads the school. */
export const HEAD_ROLE = /^(?:the\s+)?(?:head|head\s?teacher|headmaster|headmistress|principal|executive\s+head(?:\s?teacher)?|executive\s+principal)$/;
export const DEPUTY_ROLE = /^(?:deputy|deputy\s+(?:head(?:\s?teacher)?|principal)|vice\s+principal)\b/;
