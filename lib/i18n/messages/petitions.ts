import type { Lang } from "@/lib/i18n/languages";
import { plural } from "@/lib/i18n/plural";

/** What a reader meets around petitions: the page, signing, the emails, confirming, withdrawing. */
const en = {
  nav: "Petitions",
  listTitle: "Petitions",
  listIntro: "Add your name. Every signature is confirmed by email and counted once.",
  none: "There is no petition to sign at the moment.",
  addressedTo: (to: string) => `To: ${to}`,
  signatures: (n: number) => plural("en", n, { one: "# signature", other: "# signatures" }),
  ofGoal: (goal: string) => `of ${goal}`,
  progressLabel: "Signatures so far, against the goal",
  endsOn: (date: string) => `Signing ends on ${date}.`,
  statusOpen: "Open for signatures",
  statusClosed: "Closed",
  statusDelivered: "Delivered",
  closedNote: "This petition is closed: it takes no more signatures.",
  deliveredOn: (date: string) => `Delivered on ${date}`,
  sign: "Sign the petition",
  recentSigners: "Recent signers",
  countOnly: "This petition shows no names: only the number of people who signed.",
  noSignersShown: "No one has chosen to show their name yet.",
  privacyTitle: "Your data",
  privacyKept: {
    FULL_NAME:
      "We show your name only if you tick the box, and keep your email address only if the campaign may email you. Nothing else is kept.",
    INITIALS:
      "We show only your initials, and only if you tick the box; we keep your email address only if the campaign may email you. Nothing else is kept.",
    COUNT_ONLY:
      "This petition shows no names. Once you confirm, we keep nothing about you but a coded fingerprint of your email address, so no one is counted twice.",
  },
  privacyRetention: (days: number) =>
    plural("en", days, {
      one: "All signers' personal data is deleted # day after the petition is closed or delivered.",
      other:
        "All signers' personal data is deleted # days after the petition is closed or delivered.",
    }),
  privacyNoIp:
    "Your IP address is never stored. What you type stays on this site; only the confirmation email leaves it, for your mailbox.",
  dataDeleted: (date: string) => `All signers' personal data was deleted on ${date}.`,
  // The form
  formTitle: "Sign",
  name: "Your name",
  email: "Email address",
  emailHint:
    "We send you a link to confirm; your signature counts once you follow it. Use an address you consider safe: the email says what you signed.",
  country: "Country (optional)",
  city: "City (optional)",
  comment: "Why do you sign? (optional)",
  commentHint: "Shown with your name if you choose to show it; no links.",
  consentShow: {
    FULL_NAME: "Show my name with the signers",
    INITIALS: "Show my initials with the signers",
  },
  consentEmail: "The campaign may email me about this and other actions",
  consentLegend: "Your choices",
  submit: "Sign",
  honeypot: "Leave this field empty",
  // After signing
  checkTitle: "Check your email",
  checkBody:
    "We have sent you a link. Your signature counts once you follow it. If nothing arrives in a few minutes, look in your spam folder.",
  shareTitle: "Then tell your friends",
  shareHashtag: (tag: string) => `Use the hashtag ${tag}`,
  backToPetition: "Back to the petition",
  // Refusals
  refusals: {
    checkFields: "Please check the highlighted fields.",
    nameRequired: "Please enter your name.",
    nameTooLong: "The name can be at most 100 characters.",
    emailRequired: "Please enter your email address.",
    emailInvalid: "Please enter a valid email address.",
    emailTooLong: "The email address is too long.",
    placeTooLong: "At most 80 characters.",
    commentTooLong: "The comment can be at most 500 characters.",
    commentLinks: "Please leave links out of the comment.",
    tokenInvalid: "This form could not be checked. Please send it again.",
    tokenExpired: "This form was open too long. Please send it again.",
    tooFast: "That was very fast. Please wait a moment and send it again.",
    tokenUsed: "This form had already been used, so it has been renewed: please press Sign again.",
    closed: "This petition no longer takes signatures.",
    mailOff:
      "Signing is paused: the site cannot send the confirmation email at the moment. Please come back later.",
    rateLimited: (p: { minutes: number }) =>
      plural("en", p.minutes, {
        one: "Too many signatures from this connection or address. Please try again in # minute.",
        other:
          "Too many signatures from this connection or address. Please try again in # minutes.",
      }),
    writeFailed: "Something went wrong and your signature was not saved. Please try again.",
  },
};

export type PetitionMessages = typeof en;
export type SignRefusal = keyof PetitionMessages["refusals"];

const be: PetitionMessages = {
  nav: "Петыцыі",
  listTitle: "Петыцыі",
  listIntro:
    "Дадайце сваё імя. Кожны подпіс пацвярджаецца праз электронную пошту і лічыцца адзін раз.",
  none: "Зараз няма петыцый для подпісу.",
  addressedTo: (to) => `Адрасат: ${to}`,
  signatures: (n) =>
    plural("be", n, { one: "# подпіс", few: "# подпісы", many: "# подпісаў", other: "# подпісу" }),
  ofGoal: (goal) => `з ${goal}`,
  progressLabel: "Колькасць подпісаў і мэта",
  endsOn: (date) => `Збор подпісаў завяршаецца ${date}.`,
  statusOpen: "Ідзе збор подпісаў",
  statusClosed: "Закрытая",
  statusDelivered: "Перададзеная",
  closedNote: "Петыцыя закрытая: подпісы больш не прымаюцца.",
  deliveredOn: (date) => `Перададзеная ${date}`,
  sign: "Падпісаць петыцыю",
  recentSigners: "Апошнія падпісанты",
  countOnly: "Гэтая петыцыя не паказвае імёнаў — толькі колькасць тых, хто падпісаў.",
  noSignersShown: "Пакуль ніхто не вырашыў паказаць сваё імя.",
  privacyTitle: "Вашы даныя",
  privacyKept: {
    FULL_NAME:
      "Мы паказваем ваша імя, толькі калі вы пазначыце гэта, а адрас пошты захоўваем, толькі калі кампанія можа вам пісаць. Больш нічога не захоўваецца.",
    INITIALS:
      "Мы паказваем толькі вашы ініцыялы і толькі калі вы пазначыце гэта; адрас пошты захоўваем, толькі калі кампанія можа вам пісаць. Больш нічога не захоўваецца.",
    COUNT_ONLY:
      "Гэтая петыцыя не паказвае імёнаў. Пасля пацвярджэння мы не захоўваем пра вас нічога, акрамя закадаванага адбітка адраса пошты, каб нікога не палічыць двойчы.",
  },
  privacyRetention: (days) =>
    plural("be", days, {
      one: "Усе асабістыя даныя падпісантаў выдаляюцца праз # дзень пасля закрыцця або перадачы петыцыі.",
      few: "Усе асабістыя даныя падпісантаў выдаляюцца праз # дні пасля закрыцця або перадачы петыцыі.",
      many: "Усе асабістыя даныя падпісантаў выдаляюцца праз # дзён пасля закрыцця або перадачы петыцыі.",
      other:
        "Усе асабістыя даныя падпісантаў выдаляюцца праз # дня пасля закрыцця або перадачы петыцыі.",
    }),
  privacyNoIp:
    "Ваш IP-адрас ніколі не захоўваецца. Уведзенае застаецца на гэтым сайце; яго пакідае толькі ліст з пацвярджэннем — у вашу скрыню.",
  dataDeleted: (date) => `Усе асабістыя даныя падпісантаў выдаленыя ${date}.`,
  formTitle: "Падпісаць",
  name: "Ваша імя",
  email: "Адрас электроннай пошты",
  emailHint:
    "Мы дашлём спасылку для пацвярджэння; подпіс лічыцца, калі вы па ёй пяройдзеце. Выкарыстоўвайце адрас, які лічыце бяспечным: у лісце названа, што вы падпісалі.",
  country: "Краіна (неабавязкова)",
  city: "Горад (неабавязкова)",
  comment: "Чаму вы падпісваеце? (неабавязкова)",
  commentHint: "Паказваецца побач з імем, калі вы вырашыце яго паказаць; без спасылак.",
  consentShow: {
    FULL_NAME: "Паказаць маё імя сярод падпісантаў",
    INITIALS: "Паказаць мае ініцыялы сярод падпісантаў",
  },
  consentEmail: "Кампанія можа пісаць мне пра гэтую і іншыя акцыі",
  consentLegend: "Ваш выбар",
  submit: "Падпісаць",
  honeypot: "Пакіньце гэтае поле пустым",
  checkTitle: "Праверце пошту",
  checkBody:
    "Мы даслалі вам спасылку. Подпіс лічыцца, калі вы па ёй пяройдзеце. Калі за некалькі хвілін нічога не прыйшло, зазірніце ў тэчку «Спам».",
  shareTitle: "А потым раскажыце сябрам",
  shareHashtag: (tag) => `Выкарыстоўвайце хэштэг ${tag}`,
  backToPetition: "Вярнуцца да петыцыі",
  refusals: {
    checkFields: "Праверце вылучаныя палі.",
    nameRequired: "Увядзіце сваё імя.",
    nameTooLong: "Імя можа мець не больш за 100 знакаў.",
    emailRequired: "Увядзіце адрас электроннай пошты.",
    emailInvalid: "Увядзіце правільны адрас электроннай пошты.",
    emailTooLong: "Адрас пошты занадта доўгі.",
    placeTooLong: "Не больш за 80 знакаў.",
    commentTooLong: "Каментар можа мець не больш за 500 знакаў.",
    commentLinks: "Калі ласка, не дадавайце ў каментар спасылкі.",
    tokenInvalid: "Не ўдалося праверыць форму. Адпраўце яе яшчэ раз.",
    tokenExpired: "Форма была адкрытая занадта доўга. Адпраўце яе яшчэ раз.",
    tooFast: "Гэта было вельмі хутка. Пачакайце крыху і адпраўце яшчэ раз.",
    tokenUsed:
      "Гэтая форма ўжо была выкарыстаная, таму яе абнавілі: націсніце «Падпісаць» яшчэ раз.",
    closed: "Петыцыя больш не прымае подпісы.",
    mailOff:
      "Збор подпісаў прыпынены: сайт зараз не можа даслаць ліст з пацвярджэннем. Калі ласка, вярніцеся пазней.",
    rateLimited: (p) =>
      plural("be", p.minutes, {
        one: "Занадта шмат подпісаў з гэтага злучэння ці адраса. Паспрабуйце праз # хвіліну.",
        few: "Занадта шмат подпісаў з гэтага злучэння ці адраса. Паспрабуйце праз # хвіліны.",
        many: "Занадта шмат подпісаў з гэтага злучэння ці адраса. Паспрабуйце праз # хвілін.",
        other: "Занадта шмат подпісаў з гэтага злучэння ці адраса. Паспрабуйце праз # хвіліны.",
      }),
    writeFailed: "Нешта пайшло не так, і подпіс не захаваўся. Паспрабуйце яшчэ раз.",
  },
};

const ru: PetitionMessages = {
  nav: "Петиции",
  listTitle: "Петиции",
  listIntro:
    "Добавьте своё имя. Каждая подпись подтверждается по электронной почте и считается один раз.",
  none: "Сейчас нет петиций для подписи.",
  addressedTo: (to) => `Адресат: ${to}`,
  signatures: (n) =>
    plural("ru", n, { one: "# подпись", few: "# подписи", many: "# подписей", other: "# подписи" }),
  ofGoal: (goal) => `из ${goal}`,
  progressLabel: "Число подписей и цель",
  endsOn: (date) => `Сбор подписей заканчивается ${date}.`,
  statusOpen: "Идёт сбор подписей",
  statusClosed: "Закрыта",
  statusDelivered: "Передана",
  closedNote: "Петиция закрыта: подписи больше не принимаются.",
  deliveredOn: (date) => `Передана ${date}`,
  sign: "Подписать петицию",
  recentSigners: "Последние подписавшие",
  countOnly: "Эта петиция не показывает имён — только число подписавших.",
  noSignersShown: "Пока никто не решил показать своё имя.",
  privacyTitle: "Ваши данные",
  privacyKept: {
    FULL_NAME:
      "Мы показываем ваше имя, только если вы отметите это, а адрес почты храним, только если кампания может вам писать. Больше ничего не хранится.",
    INITIALS:
      "Мы показываем только ваши инициалы и только если вы отметите это; адрес почты храним, только если кампания может вам писать. Больше ничего не хранится.",
    COUNT_ONLY:
      "Эта петиция не показывает имён. После подтверждения мы не храним о вас ничего, кроме закодированного отпечатка адреса почты, чтобы никого не посчитать дважды.",
  },
  privacyRetention: (days) =>
    plural("ru", days, {
      one: "Все личные данные подписавших удаляются через # день после закрытия или передачи петиции.",
      few: "Все личные данные подписавших удаляются через # дня после закрытия или передачи петиции.",
      many: "Все личные данные подписавших удаляются через # дней после закрытия или передачи петиции.",
      other:
        "Все личные данные подписавших удаляются через # дня после закрытия или передачи петиции.",
    }),
  privacyNoIp:
    "Ваш IP-адрес никогда не сохраняется. Введённое остаётся на этом сайте; его покидает только письмо с подтверждением — в ваш ящик.",
  dataDeleted: (date) => `Все личные данные подписавших удалены ${date}.`,
  formTitle: "Подписать",
  name: "Ваше имя",
  email: "Адрес электронной почты",
  emailHint:
    "Мы пришлём ссылку для подтверждения; подпись считается, когда вы по ней перейдёте. Используйте адрес, который считаете безопасным: в письме сказано, что вы подписали.",
  country: "Страна (необязательно)",
  city: "Город (необязательно)",
  comment: "Почему вы подписываете? (необязательно)",
  commentHint: "Показывается рядом с именем, если вы решите его показать; без ссылок.",
  consentShow: {
    FULL_NAME: "Показать моё имя среди подписавших",
    INITIALS: "Показать мои инициалы среди подписавших",
  },
  consentEmail: "Кампания может писать мне об этой и других акциях",
  consentLegend: "Ваш выбор",
  submit: "Подписать",
  honeypot: "Оставьте это поле пустым",
  checkTitle: "Проверьте почту",
  checkBody:
    "Мы отправили вам ссылку. Подпись считается, когда вы по ней перейдёте. Если за несколько минут ничего не пришло, загляните в папку «Спам».",
  shareTitle: "А потом расскажите друзьям",
  shareHashtag: (tag) => `Используйте хештег ${tag}`,
  backToPetition: "Вернуться к петиции",
  refusals: {
    checkFields: "Проверьте выделенные поля.",
    nameRequired: "Введите своё имя.",
    nameTooLong: "Имя может быть не длиннее 100 знаков.",
    emailRequired: "Введите адрес электронной почты.",
    emailInvalid: "Введите правильный адрес электронной почты.",
    emailTooLong: "Адрес почты слишком длинный.",
    placeTooLong: "Не больше 80 знаков.",
    commentTooLong: "Комментарий может быть не длиннее 500 знаков.",
    commentLinks: "Пожалуйста, не добавляйте в комментарий ссылки.",
    tokenInvalid: "Не удалось проверить форму. Отправьте её ещё раз.",
    tokenExpired: "Форма была открыта слишком долго. Отправьте её ещё раз.",
    tooFast: "Это было очень быстро. Подождите немного и отправьте ещё раз.",
    tokenUsed: "Эта форма уже была использована, поэтому её обновили: нажмите «Подписать» ещё раз.",
    closed: "Петиция больше не принимает подписи.",
    mailOff:
      "Сбор подписей приостановлен: сайт сейчас не может отправить письмо с подтверждением. Пожалуйста, вернитесь позже.",
    rateLimited: (p) =>
      plural("ru", p.minutes, {
        one: "Слишком много подписей с этого подключения или адреса. Попробуйте через # минуту.",
        few: "Слишком много подписей с этого подключения или адреса. Попробуйте через # минуты.",
        many: "Слишком много подписей с этого подключения или адреса. Попробуйте через # минут.",
        other: "Слишком много подписей с этого подключения или адреса. Попробуйте через # минуты.",
      }),
    writeFailed: "Что-то пошло не так, и подпись не сохранилась. Попробуйте ещё раз.",
  },
};

export const petitionMessages: Record<Lang, PetitionMessages> = { en, be, ru };
