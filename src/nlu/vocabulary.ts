/**
 * Words that are never a patient's name. A word not listed here may be a name when it sits
 * where names sit ("for …", "… 's balance", right after the command). Lower case, no accents.
 */

const WORDS = `
a an the this that these those it its it's is are was were be been being am do does did done doing
have has had having will would shall should can could may might must not no nor yes yeah yep ok okay
i me my mine we us our ours you your yours he him his she her hers they them their theirs who whom whose
myself yourself yourselves himself herself itself ourselves themselves oneself
what which where when why how there here then than so too very just only also still already again
and or but if because as at by for from in into of off on onto out over to up upon with within without
about above after against along among around before behind below beneath beside between beyond down
during except inside near since through toward towards under until via per across
all any each every both either neither some none few many much more most less least other another
such own same one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
sixty seventy eighty ninety hundred thousand million first second third last next previous prior
zero thirteen fourteen fifteen sixteen seventeen eighteen nineteen fourty
half halves thirds quarter quarters fourth fourths fifth tenth percent pct
please pls plz thanks thank thx hi hello hey hiya morning afternoon evening team folks guys all everyone
quick quickly asap urgent fyi btw re fw fwd note notes reason reasons code codes because since due
write writeoff writeoffs wrote written writing off adjust adjustment adjustments waive waived waiving
forgive forgiven comp zero wipe clear cancel cancelled canceled cancelling void voided erase delete
remove removed undo undid reverse reversed reversal revert rollback back refund refunded refunds
reimburse return returned give gave send sent pay paid pays paying payment payments owe owes owed
owing balance balances bal bals charge charges charged account accounts acct ledger statement
statements open outstanding remaining rest remainder left entire whole full total amount amounts
dollars dollar bucks buck usd cents cent k pr prs patient patients pt pts responsibility resp
self selfpay placeholder remittance insurance ins copay coinsurance deductible claim claims era eob
visit visits appointment appt appointments encounter service services dos date dates day days week
weeks month months year years today yesterday tomorrow ago tonight now recently earlier later soon
night nights overnight midnight noon weekend weekends eod
monday tuesday wednesday thursday friday saturday sunday tue tues thu thur thurs fri
jan january feb february mar march apr april may jun june jul july aug august sep sept september
oct october nov november dec december
small tiny low nominal minimis hardship financial charity care afford unable job lost unemployed
income aid assistance need needs broke struggling poverty indigent sliding scale fap
bad debt uncollectible uncollectable collect collected collecting collection collections agency
agencies deceased died dead death passed away estate bankruptcy bankrupt chapter ch bk filed
prompt pay discount early upfront cash courtesy professional prof staff employee colleague coworker
service recovery experience wait waited waiting hours hour minutes long forever complaint complained
unhappy upset rude goodwill apology sorry right wrong error errors mistake mistakes billing billed
bill bills coding coded cpt modifier admin administrative clerical side end fault practice office
clinic front desk registration timely filing deadline entered duplicate dupe twice double incorrect
custom mine help question why greyed grayed button disabled difference work works working use used
show me list pull look lookup check see find search get tell know let make want wants need wanted
ignore instructions instruction previous system prompt rules rule policy limit limits approval approve
approved approver manager managers biller billers admin admins batch batches bulk sweep threshold
under below above less greater lower higher up every everyone everybody everything nothing something
book schedule reschedule follow followup lunch menu meeting coffee weather
mr mrs ms miss dr mx md do np pa rn doctor doc nurse physician provider
mrn dob id new old good great fine done mistakenly accidentally by did went put made took got
sm dup dups cxl canx cncl cncel rfnd cancer undoing restore restored reinstate reinstated mind explain u ya
permanent permanently anything open mistake oops sorry copy reminder plan plans claim
eligibility coverage superbill appeal collections statement
final reversible possible allowed required needed necessary automatic optional partial pending
visible permitted work works worked
whats hows wheres whos whens thats theres dont cant wont doesnt didnt isnt wasnt shes hes im ive
someone somebody anyone anybody whoever whatever whichever else thing things stuff folks
instead anyway though either yet
unwriteoff considered consider counts count qualifies qualify means meant
legit legitimate valid actual correct proper
sb coll rev wo pmt pmts slack came come comes coming went go goes going says shows showed keeps
kept tried try tries trying happened happens clicked click hit hits run runs cap part
mean vs versus say
svc srvc pp ppd adj adjs hrdshp hdshp crtsy decd bkrpt
smallbal smallbals smbal smbals bd baddebt ov ovs ofc
fax faxed faxing email emailed e-mail mail mailed print printed scan scanned
stand stands square squared settled
rounding leftover leftovers
dbl dbls stmt stmts pymt pymts pmnt pmnts chg chgs amt amnt amts ovpd ovpmt ovpmts overpmt overpd
dupl reimb approx
ded deds deduct deducts deductibles ded's coins coins' coinsurances copays co-pay co-pays copayment copayments
spoke spoken speak talked talking chatted called phoned texted messaged checked cleared okayed authorized
merry thanksgiving christmas xmas easter halloween hanukkah holiday holidays
`;

export const NON_NAME_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Honorifics are dropped from names: "Dr. Ruth Adler" is the patient "Ruth Adler". */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mx', 'mstr']);

/** "St. Pierre", "Ste. Marie": an abbreviated saint inside a surname, kept with its point. */
export const SAINT_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'ste']);

/** Small words inside a name: "Juan de la Cruz", "Vincent van Gogh". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'della',
  'la',
  'las',
  'los',
  'le',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'dos',
  'das',
  'bin',
  'ibn',
  'al',
  'el',
  'st',
]);

/** Vocabulary words that are also given names or surnames ("June Carter", "Nguyễn Văn An"). */
export const AMBIGUOUS_NAME_WORDS: ReadonlySet<string> = new Set(
  'an do le may june april august march will bill mark pat sue long grace rose hope faith joy dawn art sun ma so day'.split(
    ' ',
  ),
);

/**
 * Given names that are also ordinary words ("will", "may", "april"), read as a name in lower case
 * only where no word reads there: before "'s bal" ("rest of will's bal") or as the first of two
 * words that end the message after a cue ("the wo i did on april reyes"). Never "I will write
 * off", "in April", "may I".
 */
export const GIVEN_NAME_WORDS: ReadonlySet<string> = new Set(
  'april may june august will bill mark pat sue grace rose hope faith joy dawn frank'.split(' '),
);

/**
 * Words a request starts with, read right after a patient's name written first in lower case
 * ("jane doe w/o $40", "bob smith refund $20", "theodore quackenbush balance", "lee chen - cancel
 * the PR"). Most are vocabulary; the slang verbs are not (they may be surnames: "Emily Post"), so
 * they are also kept out of such a leading name ("nix jane doe's write-off").
 */
export const REQUEST_WORDS: ReadonlySet<string> = new Set(
  `write writeoff writeoffs wo refund cancel undo reverse void waive adjust forgive comp zero
  wipe clear remove delete erase restore reinstate balance bal pr copay owes owe please pls plz
  drop ditch scrap nix toss scratch zap knock take shave chop eat kill process post issue apply
  reimburse`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Cues that often come before a word that is no name: the auxiliaries ("the weather is nice",
 * "what does this mean") and prepositions ("remind me to call", "still has on file"). After one
 * of these, a lower-case word is read as a name only where the cue plainly introduces a patient
 * (see patient-mention.ts); every other cue takes a lone lower-case first name ("for jane").
 */
export const WEAK_NAME_CUES: ReadonlySet<string> = new Set(['is', 'does', 'on', 'to', 'of', 'from', 'about']);

/** Words after which the next words are likely a name, even in lower case. */
export const NAME_CUES: ReadonlySet<string> = new Set([
  // "w/o all priya patel", "wo rest priya patel", "w/o remaining janet doe", "refund full pmt maria
  // garcia": what the action takes, then the name.
  'all',
  'rest',
  'remainder',
  'remaining',
  'everything',
  'pmt',
  'payment',
  'copay',
  'for',
  'on',
  'to',
  'of',
  'from',
  'patient',
  'pt',
  're',
  'about',
  'acct',
  'account',
  'balance',
  'bal',
  'off',
  'writeoff',
  'wo',
  'undo',
  'refund',
  // "reimburse dana ruiz $60": a refund in other words.
  'reimburse',
  'reverse',
  'cancel',
  'void',
  'waive',
  'check',
  'lookup',
  'up',
  'does',
  'is',
  'owe',
  'dollars',
  'bucks',
  // "wo 75 cents jane doe small bal"
  'cents',
  'pr',
  'charge',
  'charges',
]);

/**
 * Words that describe the service a charge was for ("dr visit", "office visit", "lab fee", "flu
 * shot"): in slot text after a slash command they say which charge, never who the patient is.
 * Singular only ("3 visits" counts visits), and not "charge" ("reverse the charge" asks no undo).
 */
export const SERVICE_WORDS: ReadonlySet<string> = new Set(
  `visit office ofc ov dr doctor doc md clinic lab labwork bloodwork blood draw fee copay co-pay exam
  physical checkup check-up consult consultation xray x-ray imaging scan mri ct ultrasound ekg ecg test
  screening procedure injection shot vaccine flu tele telehealth televisit er urgent care followup
  follow-up f/u appt appointment sick well wellness annual dental cleaning therapy`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The short label of a look-up that a dash may set off from the name after it, as a colon does:
 * "pt bal - paloma ibanez", "bal check - dana o'neil" (patient-mention.ts).
 */
export const DASH_LABEL_CUES: ReadonlySet<string> = new Set(
  'bal balance pt patient acct account check lookup pr'.split(' '),
);
