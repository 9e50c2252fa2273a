// The language of complaints, allegations, insults and threats, as British parents write it.
// Written from the categories of the codes of conduct (defamatory statuses, complaining about
// values and methods, abusive messages, threats) and general English usage; the evaluation
// drafts are never copied in here. Words are folded (lower case, no apostrophes).

export type CueKind = 'complaint' | 'defamation' | 'abuse' | 'threat' | 'rally' | 'exculpate' | 'praise' | 'sarcasm' | 'request' | 'neutralise';

export interface CueData {
  kind: CueKind;
  /** 1 = a hint, 2 = clear, 3 = unmistakable. */
  weight: number;
  /** Counts only in a sentence about the school or its staff (most cues); false for cues that
   *  carry their own target ("report her to Ofsted"). */
  free?: boolean;
  /** Needs a subject before it in its clause: "they didn't tell us" is a grievance, the
   *  imperative "don't tell her" is not. */
  subject?: boolean;
  /** Not when the parent is the subject: "I had no clue how to help", "I need to sort childcare". */
  notSelf?: boolean;
  /** A verdict on its subject, like a judgement word: not when the subject is the parent or
   *  their child ("I'm a right mess"). */
  verdict?: boolean;
}

const set = (s: string) => new Set(s.trim().split(/\s+/));

export const CLASSES: Record<string, Set<string>> = {
  POSS: set('his her their your ur my our its'),
  OBJ: set('him her them you u me us it'),
  SUBJ: set('he she they you u i we it'),
  PERSON: set('him her them you u he she they'),
  BE: set('is are was were be been being am isnt arent wasnt werent'),
  NEG: set('not no never nobody nothing none neither nor without cannot cant dont doesnt didnt isnt arent wasnt werent wont wouldnt shouldnt couldnt havent hasnt hadnt aint nowt'),
  INTENS: set('so very really absolutely totally utterly completely proper properly bloody fucking effing truly such too extremely incredibly ridiculously seriously genuinely beyond utter complete right real'),
  CHILD: set('son daughter child kid boy girl lad lass kids children boys girls lads youngest eldest'),
  SCHOOLWORDS: set('school schools staff teachers teacher head headteacher slt leadership governors office academy trust they them management'),
  TIME: set('today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday morning afternoon pickup pick-up dropoff'),
  PLACE: set('gate gates car carpark park asda tesco aldi lidl shop shops school playground outside pickup'),
  HARM: set('hurt hit punch slap smack batter deck kill stab knock lamp twat smash thump kick beat sort'),
  INSULTADJ: set('ugly fat stupid thick dumb crooked croocked corrupt bent fake sick twisted deranged pathetic useless incompetent clueless ignorant arrogant smug lazy vile disgusting nasty evil delusional repulsive gross creepy weird miserable'),
  REPORT_TO: set('ofsted governors governor council la police dfe trust board mp press paper papers news bbc chronicle echo'),
};

/** Nouns that insult a person when said of them ("a useless cow", "you absolute clown"). */
export const INSULT_NOUNS: Record<string, number> = Object.fromEntries(
  `idiot:3 idiots:3 moron:3 morons:3 cow:3 cows:2 witch:3 bitch:3 bitches:3 cunt:3 twat:3 wanker:3 wankers:3 prick:3 dick:3 dickhead:3
  knob:3 knobhead:3 bellend:3 tosser:3 tossers:3 muppet:2 muppets:2 clown:3 clowns:3 pillock:3 numpty:2 numpties:2 div:2 plonker:2
  git:2 scrote:3 scrotes:3 scumbag:3 scum:3 thug:3 thugs:3 lowlife:3 slag:3 slut:3 whore:3 bastard:3 bastards:3 loser:3 losers:3
  freak:3 weirdo:2 wierdo:2 creep:2 pervert:3 perv:3 nonce:3 paedo:3 pedo:3 pedophile:3 paedophile:3 psycho:3 nutter:3 nutcase:3
  retard:3 spastic:3 spaz:3 mong:3 pig:2 rat:2 snake:2 vermin:3 parasite:3 leech:2 trash:3 garbage:3 jobsworth:2 jobsworths:2
  busybody:2 gobshite:3 arsehole:3 asshole:3 arse:2 shithead:3 airhead:3 dimwit:3 halfwit:3 imbecile:3 cretin:3 dunce:2 numbskull:3
  buffoon:3 brat:2 brats:3 snob:2 snobs:3 chav:3 chavs:3 hag:3 bag:1 battleaxe:3 harpy:3 dragon:1 liar:2 liars:2
  coward:3 cowards:3 bully:2 bullies:2 hypocrite:2 hypocrites:2 fraud:2 fraudster:3 crook:3 crooks:3 thief:3 thieves:3 cheat:2
  sociopath:3 narcissist:2 bigot:3 racist:2 fascist:3 nazi:3 dinosaur:1 nerd:2 geek:1 zombie:2 satan:3 devil:2 demon:2 toad:2
  weasel:3 cockroach:3 slug:2 dope:2 dolt:3 oaf:3 lump:1 fool:3 fools:3 jerk:3 jerks:3 douche:3 douchebag:3 scumbags:3 nobhead:3 nob:3
  wazzock:3 berk:2 prat:3 prats:3 plank:2 melt:2 mug:2 sheep:1 robot:1 dictator:2 tyrant:2 hitler:3 karen:2 snowflake:2 gammon:2
  skank:3 tart:2 minger:3 munter:3 dog:1 animal:1 animals:1 savage:2 savages:2 feral:2 madam:0 bitchface:3 twit:2 dumbass:3 jackass:3
  dumbo:2 pleb:2 plebs:2 peasant:2 peasants:2 scally:2 scallies:2 yob:3 yobs:3 hooligan:2 hooligans:2 degenerate:3 lunatic:3 loon:2 wrongun:3 mare:2 shit:2 lier:2 losser:3 soyboy:3 sloth:2 slob:3 pest:2 monster:2 beast:2 ogre:3 gremlin:2 worm:2 maggot:3 vulture:2 hyena:2 donkey:2 monkey:2 ape:2 baboon:3 goat:1 wart:3 tumour:3 cancer:2 plague:2 blob:2 sack:1 traitor:3 traitors:3 phony:3 phoney:3 hack:2 quack:2 charlatan:3 conman:3 con-man:3 criminal:3 criminals:3 lout:3 dirtbag:3 sleazebag:3 slimeball:3 sleaze:3 headcase:3 nutjob:3 basketcase:3 nut:2 nuts:2 psychopath:3 has-been:2 nobody:1 nonentity:3 misogynist:3 bigots:3 racists:2 hypocrite:3 knucklehead:3 dweeb:3 yutz:3 buttmunch:3 bozo:3 dork:2 doofus:3 dingbat:3 nincompoop:3 twerp:3 nitwit:3 clot:2 wally:2 lemon:1 shithouse:3 scumbucket:3 sob:3 ahole:3 a-hole:3 asshat:3 bellend:3 gimp:3 spacker:3 window-licker:3 windowlicker:3 licker:2 soyboy:3 cuck:3 incel:3 beta:1 snake-oil:2 con:1 disgrace:2 embarrassment:2 liability:2 menace:2 bully:2 dictator:3 despot:3 tyrant:3 control-freak:3 jobsworths:2 busybodies:2 queen:1 diva:2 primadonna:2 drama-queen:3 dramaqueen:3 know-it-all:2 knowitall:2 halfwits:3 imbeciles:3 cretins:3 lowlifes:3 dossers:3 dosser:3 scroungers:3 scrounger:3 waster:3 wasters:3 layabout:3 layabouts:3 chavs:3 trollop:3 harridan:3 shrew:3 crone:3 old-bag:3 airhead:3 bimbo:3 himbo:2 nerds:2 shite:2 turd:3 twats:3 pricks:3 dicks:3 knobs:3 bellends:3 witches:3 bitches:3 cunts:3 slags:3 cows:3 idiots:3 clowns:3 morons:3 muppets:2 goblin:2 troll:2 trolls:2 hag:3`
    .trim()
    .split(/\s+/)
    .map((e) => {
      const [w, n] = e.split(':');
      return [w!.replace(/-/g, ''), Number(n)];
    }),
);

/** Adjectives that demean a person ("thick", "fat", "ugly"), as opposed to judging their work. */
export const INSULT_ADJECTIVES: Record<string, number> = Object.fromEntries(
  `stupid:2 thick:2 dense:1 dim:1 dumb:2 brainless:3 gormless:3 spineless:2 vile:2 disgusting:2 nasty:2 evil:3 ugly:3 fat:2
  smelly:2 stinking:2 feral:3 gobby:3 nosy:2 nosey:2 miserable:2 twofaced:3 fake:2 bent:2 crooked:3 croocked:3 corrupt:2 sick:1
  twisted:2 deranged:3 unhinged:3 mental:2 insane:1 crazy:1 psychotic:3 pathetic:2 worthless:3 useless:2 incompetent:2 clueless:2
  spoilt:2 spoiled:2 snobby:2 stuckup:3 jumpedup:3 horrible:1 vindictive:2 sly:2 sneaky:2 slimy:3 creepy:2 weird:1 idiotic:3
  moronic:3 braindead:3 senile:3 sour:1 bitter:1 cocky:1 arrogant:1 smug:2 ignorant:2 thick-skinned:0 incapable:1 unfit:2 lazy:2
  shameless:2 immature:2 childish:2 petty:2 manipulative:2 toxic:2 poisonous:2 hateful:2 nutty:1 daft:1 rude:1 moody:1 dopey:2 dozy:2 delusional:2 deluded:2 repulsive:3 revolting:3 gross:2 grotesque:3 obese:3 hideous:3 sleazy:3 greasy:2 trashy:3 scummy:3 hateful:2 rotten:2 demented:3 disturbed:2 unstable:2 uncultured:2 uneducated:2 illiterate:2 irrelevant:2 nuts:2 bonkers:1 loopy:2 batty:2 gaga:2 delirious:2 spiteful:2 wicked:2 soulless:3 gutless:3 cowardly:2 weak:1 lame:1 sad:1 tragic:1 pompous:2 vain:1 narcissistic:2 obnoxious:2 insufferable:2 unbearable:2 annoying:1 irritating:1 dishonest:2 deceitful:2 shifty:2 untrustworthy:2 hypocritical:2 backstabbing:3 sneering:2 entitled:2 clueless:2 ignorant:2 slow:1 stupidest:3 dumbest:3 thickest:3 ugliest:3 fattest:3 worst:1 pig-ignorant:3 pigignorant:3 braindead:3 airheaded:3 scatterbrained:2 useless:2 incompetent:2 unprofessional:1 vile:3 foul:2 filthy:2 dirty:1 smelly:2 disgusting:2 gobshite:3 smarmy:2 slimy:2 sour-faced:2 sourfaced:2 miserly:1 power-mad:2 powermad:2`
    .trim()
    .split(/\s+/)
    .map((e) => {
      const [w, n] = e.split(':');
      return [w!.replace(/-/g, ''), Number(n)];
    }),
);

/** Swear words people hide with stars or symbols ("w*nker", "s***", "c**t"): matched by shape. */
export const MASKABLE = [
  'fuck', 'fucking', 'fucked', 'fucker', 'fuckers', 'fuckwit', 'shit', 'shite', 'shitty', 'shithead', 'bullshit', 'cunt', 'cunts',
  'twat', 'twats', 'wanker', 'wankers', 'bitch', 'bitches', 'bastard', 'bastards', 'arse', 'arsehole', 'asshole', 'dick', 'dickhead',
  'prick', 'piss', 'pissed', 'slag', 'slut', 'whore', 'tosser', 'bellend', 'knob', 'knobhead', 'crap', 'bollocks', 'damn', 'hell',
  'cock', 'cocks', 'dickheads', 'pricks', 'idiot', 'moron', 'retard', 'scum', 'effing', 'frigging',
];

/**
 * Judgements of what the school or a person does ("a shambles", "ridiculous", "unprofessional"):
 * weights on the complaint scale. Words that only insult are above.
 */
export const JUDGEMENTS: Record<string, number> = Object.fromEntries(
  `disgrace:3 disgraceful:3 disgraced:2 shambles:3 shambolic:3 farce:3 farcical:3 ridiculous:2 ridic:2 absurd:2 laughable:2
  appalling:3 appalled:3 shocking:2 shocked:1 outrageous:3 outraged:3 unacceptable:3 disgusting:3 disgusted:3 shameful:3 shame:2
  embarrassing:2 embarrassment:2 useless:2 incompetent:3 incompetence:3 clueless:2 rubbish:2 terrible:2 awful:2 horrendous:3
  horrible:2 dreadful:2 atrocious:3 abysmal:3 woeful:3 poor:1 worst:3 disaster:2 disastrous:3 nightmare:1 chaos:2 chaotic:2
  mess:1 failing:2 failed:1 failure:2 fails:2 unfit:2 unprofessional:3 rude:2 rudest:3 rudeness:2 arrogant:2 condescending:2
  patronising:2 patronizing:2 dismissive:2 unhelpful:2 lazy:2 uncaring:3 heartless:3 cruel:3 cruelty:3 harsh:2 unfair:2 unjust:2
  biased:2 sexist:3 racist:3 discriminatory:3 discrimination:2 inappropriate:2 humiliating:3 humiliated:2 humiliate:2 degrading:3
  excessive:2 draconian:3 petty:2 pointless:2 stupid:2 daft:2 bonkers:2 barmy:2 nonsense:2 bullshit:2 crap:2 pathetic:3
  negligent:3 negligence:3 neglect:2 neglected:2 neglecting:3 dangerous:2 unsafe:2 hypocritical:3 hypocrisy:3 hypocrites:3
  mean-spirited:3 meanspirited:3 heavy-handed:2 heavyhanded:2 ott:2 overkill:2 insane:2 madness:2 mad:1 crazy:1 bizarre:1
  baffling:1 scandal:3 scandalous:3 criminal:2 corrupt:3 shady:2 dodgy:2 pants:1 sucks:2 suck:2 sucked:1 worse:2 worsening:2
  declining:2 decline:2 backwards:2 deteriorated:2 toxic:3 bullying:1 intimidating:2 threatening:2 aggressive:2 unapproachable:2
  disorganised:2 disorganized:2 unorganised:2 unorganized:2 unprepared:2 confusing:1 confused:1 unclear:2 vague:1 boring:2 dull:1
  uninspiring:2 monotone:1 mumbles:1 mumble:1 pretentious:2 snobby:2 disrespectful:3 disrespected:2 ignored:2 ignoring:2 ignores:2
  fobbed:2 stonewalled:3 stonewalling:3 gaslighting:3 gaslit:3 mismanaged:3 mismanagement:3 cover-up:3 coverup:3 whitewash:3
  unreasonable:2 disproportionate:2 fuming:2 livid:2 furious:2 angry:1 seething:2 raging:2 sickened:3 sickening:3 gutted:0
  rubbish:2 naff:1 shite:2 shit:2 crappy:2 wtf:1 ffs:1 shameless:2 callous:2 incapable:2 inept:3 ineffective:2
  useless:2 worthless:3 hopeless:2 careless:2 unsupportive:2 inflexible:2 rigid:1 strict:0 overbearing:2 controlling:2 power-mad:3
  bully:2 bullies:2 bullied:1 lied:2 lies:2 lying:2 exploit:2 exploiting:2 exploitative:3 greedy:2 extortionate:3 ripoff:3 rip-off:3
  overpriced:2 pricing:1 fleecing:3 cashcow:2 scam:3 scamming:3 inexcusable:3 indefensible:3 deplorable:3
  despicable:3 rambles:2 rambling:2 rambled:2 overrated:2 overcomplicates:2 overcomplicated:2 longwinded:2 unstructured:2 uninteresting:2 unkind:2 hostile:2 antagonistic:2 demoralising:2 demoralizing:2 perplexing:1 incoherent:2 incoherently:2 bland:1 blandly:1 questionable:1 disappointing:2 disappointed:2 unapproachable:2 unreliable:2 unresponsive:2 disengaged:2 dismissive:2 mediocre:2 ineffective:2 unqualified:2 inexperienced:1 dystopian:3 orwellian:3 vile:3 horrific:3 horrified:2 traumatised:2 traumatized:2 traumatic:2 distressing:2 devastated:1 failing:2`
    .trim()
    .split(/\s+/)
    .map((e) => {
      const [w, n] = e.split(':');
      return [w!, Number(n)];
    }),
);

/** Praise and thanks: "brilliant", "thank you", "legend". */
export const PRAISE: Record<string, number> = Object.fromEntries(
  `thanks:2 thank:2 thankyou:2 ty:1 grateful:2 brilliant:2 amazing:2 fantastic:2 fab:2 fabulous:2 wonderful:2 lovely:2 great:1
  superb:2 excellent:2 outstanding:2 legend:2 legends:2 star:1 stars:1 best:1 proud:2 kind:1 kindness:2 caring:2 helpful:2
  supportive:2 love:1 loved:2 loves:1 adore:2 congratulations:1 congrats:1 shoutout:2 well:0 recommend:2 recommended:2 rock:1
  hero:2 heroes:2 gem:2 treasure:2 dedicated:2 dedication:2 inspiring:2 inspirational:1 patient:2 patience:1 understanding:1
  approachable:2 engaging:2 passionate:2 enthusiastic:2 fun:1 clear:1 good:1 nice:1 effective:2 friendly:1 knowledgable:2 structured:1 prepared:1 available:1 responsive:1 explains:1 organised:1 organized:1 knowledgeable:2 fair:1 respect:1
  credit:1 impressed:2 impressive:2 beautiful:1 gorgeous:1 cute:1 cutest:1 adorable:1 epic:1 awesome:2 incredible:1 stellar:2
  blessed:1 lucky:1 happy:1 glad:1 delighted:2 thrilled:2 pleased:1 relieved:1 smiling:1 enjoyed:2 enjoy:1 enjoyable:2 useful:1
  wise:1 genius:1 easy:1 interesting:1 engaging:2 motivating:1 cares:2 best-ever:2 goat:1 badass:2 overhated:2 underrated:2 underrated:1 accommodating:2 reassuring:2 sorted:1`
    .trim()
    .split(/\s+/)
    .map((e) => {
      const [w, n] = e.split(':');
      return [w!, Number(n)];
    }),
);

/** Words whose everyday sentiment misleads here, overriding the general lexicon. */
export const VALENCE_OVERRIDES: Record<string, number> = {
  // difficulty is not a complaint about the teacher
  hard: 0, difficult: -0.2, tough: 0, challenging: 0.3, demanding: 0, strict: 0, stricter: 0, heavy: 0, tests: 0, exam: 0, exams: 0,
  fail: -0.5, failing: -1.5, homework: 0, work: 0, workload: -0.2, intense: 0, rigorous: 0.5, tricky: 0,
  // "joke", "lol", "haha" read as positive in the general lexicon but are complaints or banter here
  joke: -1.5, jokes: -1, lol: 0.3, haha: 0.3, hahaha: 0.3, lmao: 0.2, lmfao: 0.2, rofl: 0.2, funny: 0.3,
  // school words with sentiment they do not carry here
  detention: 0, detentions: 0, isolation: -0.5, exclusion: -0.5, excluded: -0.5, punishment: -0.5, sick: -0.3, ill: -0.3,
  miss: 0, missing: -0.3, head: 0, cancel: -0.5, cancelled: -0.8, late: -0.5, mock: 0, mocks: 0, bless: 1, crying: -0.5, cried: -0.5,
  pretty: 0.3, kind: 1, killed: -1, murdered: -1, murder: -1, problem: -0.6, problems: -0.6, critical: -0.2, beast: 0, beasts: 0, well: 0.3, like: 0.2, no: -0.3, please: 0.3, care: 0.5, sure: 0.3, free: 0.5, share: 0, fine: 0.4,
  grave: 0, war: 0, dead: -0.5, killing: -1, kill: -1.5, died: -1, lost: -0.5, gutted: -0.5, scared: -1, worried: -0.7,
  mad: -1, madness: -1.5, crazy: -0.8, insane: -1, wild: 0, stubborn: -0.5, naughty: -0.3, cheeky: 0, battle: -0.5, fight: -0.7,
  fighting: -0.7, rough: -0.7, tired: -0.5, shattered: -0.3, stress: -0.8, stressed: -0.8, stressful: -1,
};

/** Emoji tone: annoyance and disgust count against; hearts and applause for (applause can be sarcastic). */
export const EMOJI_VALENCE: Record<string, number> = {
  '😡': -3, '🤬': -3.5, '😤': -2, '😠': -2.5, '🙄': -1.5, '🙃': -1, '😒': -1.5, '🤢': -2, '🤮': -2.5, '💩': -2.5, '🖕': -3.5,
  '🤡': -2, '😑': -1, '😐': -0.5, '🤦': -1.5, '😳': -1, '😬': -0.5, '👀': -0.3, '💀': -0.5, '😞': -1, '😔': -1, '😩': -1, '😫': -1,
  '😢': -0.5, '😭': 0, '❤': 2, '❤️': 2, '💕': 2, '💖': 2, '💛': 2, '💙': 2, '💚': 2, '💜': 2, '🧡': 2, '🥰': 2.5, '😍': 2.5,
  '🥹': 2, '🙌': 2, '🎉': 2, '🌟': 2, '⭐': 2, '👍': 1, '🙏': 1, '😊': 2, '☺': 2, '😀': 1.5, '😃': 1.5, '😄': 1.5, '🤗': 2,
  '🏆': 2, '💪': 0.5, '👏': 0.5, '😂': 0.5, '🤣': 0.5, '😅': 0.3, '🙈': 0.3, '🤞': 1, '✅': 1, '✨': 1.5, '🥳': 2,
};

/** Emoji that mark the words before them as sarcastic when the words are praise. */
export const SARCASM_EMOJI = new Set(['👏', '🙃', '🙄', '😒', '🙂', '😑', '🫠', '🤔']);

/** Emoji that insult when said of a person ("she is a 🤡"). */
export const INSULT_EMOJI = new Set(['🤡', '🐍', '🐷', '🐖', '💩', '🖕', '🐀', '🤮']);

/** Who the negativity is about when it is not the school: the draft is then not a complaint about it. */
export const OTHER_TARGETS = set(`
  government govt gov tories tory labour ministers minister dfe department ofqual council councils councillor councillors mp mps
  parliament westminster downing sunak starmer gove gillian keegan phillipson ofsted's nhs gp doctors surgery hospital a&e dentist
  police traffic roadworks road roads bridge tolls toll bus buses trains train weather rain snow ice frost storm wind heat heatwave
  fog floods flooding potholes pavement pavements parking waterboard water board landlord neighbour neighbours next-door
  company airline ryanair easyjet tesco asda aldi lidl amazon royal mail dpd evri hermes burger mcdonalds kfc leisure centre gym
  exam board boards aqa edexcel ocr wjec sats system curriculum`);

/** Words for one's own child or oneself as the one being criticised ("my son's been a nightmare"). */
export const SELF_OR_CHILD = set('i me myself im ive id my son daughter kid child boy girl lad lass youngest eldest teenager teen');
