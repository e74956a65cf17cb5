import type { Lang } from "@/lib/i18n/languages";
import { plural } from "@/lib/i18n/plural";

/**
 * Everything a reader meets around comments: the list, the form, its refusals, the reply email
 * and the unsubscribe page. Client components import this file alone, not the whole catalogue.
 */
const en = {
  comments: {
    title: (count: number) =>
      count === 0 ? "Comments" : plural("en", count, { one: "# comment", other: "# comments" }),
    none: "No comments yet.",
    closed: "Comments are closed on this article.",
    leave: "Leave a comment",
    joinHeading: "Join the discussion",
    moderatedNote:
      "A moderator reads every comment before it appears. Your email address is never shown.",
    reply: "Reply",
    replyTo: (name: string) => `Reply to ${name}`,
    replyingTo: (name: string) => `Replying to ${name}`,
    cancelReply: "Cancel reply",
    staff: "staff",
    awaiting:
      "Your comment is awaiting moderation. Only you can see it until a moderator approves it.",
    awaitingBadge: "awaiting moderation",
    yourPending: "Your comments awaiting moderation",
    published: "Thank you: your comment is published.",
    name: "Name",
    email: "Email",
    emailNote: "Required, never shown on the site.",
    website: "Website (optional)",
    comment: "Comment",
    allowedTags: "You may use these HTML tags and attributes:",
    notify: "Email me when someone replies to my comment",
    humanQuestion: "What year is it?",
    humanHint: "A question any person can answer, to keep robots out.",
    honeypot: "Leave this field empty",
    submit: "Post comment",
    submitting: "Posting…",
    olderPages: "Comment pages",
    pageLink: (n: number) => `Comments page ${n}`,
    loadFailed: "The comment form could not be loaded. Please reload the page.",
    writeFailed:
      "Your comment could not be saved just now: the site had a problem. Nothing was posted and your text is still here; please try again in a moment.",
  },
  /** Why a comment was refused; the service names the reason, the form shows it in this language. */
  refusals: {
    missingArticle: "This form is missing its article.",
    nameRequired: "Please enter your name.",
    nameTooLong: "Please keep your name under 80 characters.",
    emailRequired: "Please enter your email address.",
    emailTooLong: "That email address is too long.",
    emailInvalid: "Please enter a valid email address, like name@example.org.",
    urlTooLong: "Please keep the website address under 200 characters.",
    urlInvalid:
      "Please enter a website address starting with http:// or https://, or leave it empty.",
    bodyRequired: "Please write your comment.",
    bodyTooLong: "Your comment is too long.",
    bodyOverLimit: ({ max, length }: { max: number; length: number }) =>
      `Please keep your comment under ${max} characters (it has ${length}).`,
    checkFields: "Please correct the highlighted fields.",
    honeypot:
      "Your comment was not posted: a field that people cannot see was filled in, which robots do. If you are a person, please try again.",
    tooFast:
      "That was too fast: please take a few seconds to read over your comment, then send it again.",
    tokenExpired: "This form is more than a day old. Please send your comment again.",
    tokenInvalid: "This form could not be verified. Please send your comment again.",
    tokenUsed: "This form was already sent. To post another comment, please send it again.",
    wrongYear: "That is not the current year. Please type the year as four digits.",
    noComments: "This article does not take comments.",
    closed: "Comments are closed on this article.",
    parentInvalid: "You can only reply to a published comment on this article.",
    duplicate: "This exact comment was already posted here.",
    rateLimited: ({ minutes }: { minutes: number }) =>
      `You have posted several comments in a short time. Please wait ${plural("en", minutes, { one: "# minute", other: "# minutes" })} and try again.`,
  },
  replyMail: {
    subject: (author: string, title: string) => `${author} replied to your comment on “${title}”`,
    greeting: (name: string) => `Hello ${name},`,
    intro: (author: string, title: string) => `${author} replied to your comment on “${title}”:`,
    readIt: "Read it:",
    stop: "You asked to be told about replies. To stop these emails, open:",
  },
  unsubscribe: {
    title: "Stop reply notifications",
    done: "Done: you will get no more emails about replies to your comments.",
    ask: "Stop emailing you when someone replies to your comments on this site?",
    submit: "Stop the emails",
    invalid: "This link is not valid. Please use the link from the most recent email.",
  },
};

export type CommentMessages = typeof en;
export type RefusalReason = keyof CommentMessages["refusals"];

const be: CommentMessages = {
  comments: {
    title: (count) =>
      count === 0
        ? "Каментары"
        : plural("be", count, {
            one: "# каментар",
            few: "# каментары",
            many: "# каментароў",
            other: "# каментара",
          }),
    none: "Каментароў пакуль няма.",
    closed: "Каментары да гэтага матэрыялу закрытыя.",
    leave: "Пакінуць каментар",
    joinHeading: "Далучайцеся да размовы",
    moderatedNote:
      "Мадэратар чытае кожны каментар да публікацыі. Ваш адрас электроннай пошты нідзе не паказваецца.",
    reply: "Адказаць",
    replyTo: (name) => `Адказаць: ${name}`,
    replyingTo: (name) => `Адказ для: ${name}`,
    cancelReply: "Скасаваць адказ",
    staff: "рэдакцыя",
    awaiting:
      "Ваш каментар чакае мадэрацыі. Пакуль мадэратар яго не адобрыць, яго бачыце толькі вы.",
    awaitingBadge: "чакае мадэрацыі",
    yourPending: "Вашы каментары, якія чакаюць мадэрацыі",
    published: "Дзякуй: ваш каментар апублікаваны.",
    name: "Імя",
    email: "Электронная пошта",
    emailNote: "Абавязкова, на сайце не паказваецца.",
    website: "Сайт (не абавязкова)",
    comment: "Каментар",
    allowedTags: "Можна ўжываць такія HTML-тэгі і атрыбуты:",
    notify: "Паведаміць мне па пошце, калі нехта адкажа на мой каментар",
    humanQuestion: "Які зараз год?",
    humanHint: "Пытанне, на якое адкажа любы чалавек: так мы адсякаем робатаў.",
    honeypot: "Пакіньце гэтае поле пустым",
    submit: "Адправіць каментар",
    submitting: "Адпраўляем…",
    olderPages: "Старонкі каментароў",
    pageLink: (n) => `Старонка каментароў ${n}`,
    loadFailed: "Не ўдалося загрузіць форму каментара. Абнавіце старонку.",
    writeFailed:
      "Зараз не ўдалося захаваць ваш каментар: на сайце ўзнікла памылка. Нічога не апублікавана, а ваш тэкст застаўся тут; паспрабуйце зноў крыху пазней.",
  },
  refusals: {
    missingArticle: "У гэтай формы няма матэрыялу.",
    nameRequired: "Увядзіце сваё імя.",
    nameTooLong: "Імя павінна быць карацейшым за 80 знакаў.",
    emailRequired: "Увядзіце адрас электроннай пошты.",
    emailTooLong: "Гэты адрас занадта доўгі.",
    emailInvalid: "Увядзіце сапраўдны адрас, напрыклад name@example.org.",
    urlTooLong: "Адрас сайта павінен быць карацейшым за 200 знакаў.",
    urlInvalid:
      "Увядзіце адрас сайта, які пачынаецца з http:// ці https://, або пакіньце поле пустым.",
    bodyRequired: "Напішыце каментар.",
    bodyTooLong: "Каментар занадта доўгі.",
    bodyOverLimit: ({ max, length }) =>
      `Каментар павінен быць карацейшым за ${max} знакаў (цяпер ${length}).`,
    checkFields: "Выпраўце пазначаныя палі.",
    honeypot:
      "Каментар не апублікаваны: запоўнена поле, якога людзі не бачаць, — так робяць робаты. Калі вы чалавек, паспрабуйце яшчэ раз.",
    tooFast: "Занадта хутка: перачытайце каментар і праз некалькі секунд адпраўце яго зноў.",
    tokenExpired: "Гэтай форме больш за суткі. Адпраўце каментар зноў.",
    tokenInvalid: "Не ўдалося праверыць форму. Адпраўце каментар зноў.",
    tokenUsed:
      "Гэтая форма ўжо адпраўленая. Каб апублікаваць яшчэ адзін каментар, адпраўце яе зноў.",
    wrongYear: "Гэта не цяперашні год. Увядзіце год чатырма лічбамі.",
    noComments: "Гэты матэрыял нельга каментаваць.",
    closed: "Каментары да гэтага матэрыялу закрытыя.",
    parentInvalid: "Адказаць можна толькі на апублікаваны каментар да гэтага матэрыялу.",
    duplicate: "Такі самы каментар тут ужо ёсць.",
    rateLimited: ({ minutes }) =>
      `Вы адправілі некалькі каментароў за кароткі час. Пачакайце ${plural("be", minutes, { one: "# хвіліну", few: "# хвіліны", many: "# хвілін", other: "# хвіліны" })} і паспрабуйце зноў.`,
  },
  replyMail: {
    subject: (author, title) => `${author} адказвае на ваш каментар да «${title}»`,
    greeting: (name) => `Вітаем, ${name}!`,
    intro: (author, title) => `${author} адказвае на ваш каментар да «${title}»:`,
    readIt: "Прачытаць:",
    stop: "Вы прасілі паведамляць пра адказы. Каб больш не атрымліваць такіх лістоў, адкрыйце:",
  },
  unsubscribe: {
    title: "Больш не паведамляць пра адказы",
    done: "Гатова: лістоў пра адказы на вашы каментары больш не будзе.",
    ask: "Перастаць паведамляць вам па пошце, калі нехта адказвае на вашы каментары на гэтым сайце?",
    submit: "Больш не дасылаць",
    invalid: "Гэтая спасылка несапраўдная. Скарыстайцеся спасылкай з апошняга ліста.",
  },
};

const ru: CommentMessages = {
  comments: {
    title: (count) =>
      count === 0
        ? "Комментарии"
        : plural("ru", count, {
            one: "# комментарий",
            few: "# комментария",
            many: "# комментариев",
            other: "# комментария",
          }),
    none: "Комментариев пока нет.",
    closed: "Комментарии к этому материалу закрыты.",
    leave: "Оставить комментарий",
    joinHeading: "Присоединяйтесь к обсуждению",
    moderatedNote:
      "Модератор читает каждый комментарий до публикации. Ваш адрес электронной почты нигде не показывается.",
    reply: "Ответить",
    replyTo: (name) => `Ответить: ${name}`,
    replyingTo: (name) => `Ответ для: ${name}`,
    cancelReply: "Отменить ответ",
    staff: "редакция",
    awaiting:
      "Ваш комментарий ждёт модерации. Пока модератор его не одобрит, его видите только вы.",
    awaitingBadge: "ждёт модерации",
    yourPending: "Ваши комментарии, ожидающие модерации",
    published: "Спасибо: ваш комментарий опубликован.",
    name: "Имя",
    email: "Электронная почта",
    emailNote: "Обязательно, на сайте не показывается.",
    website: "Сайт (необязательно)",
    comment: "Комментарий",
    allowedTags: "Можно использовать такие HTML-теги и атрибуты:",
    notify: "Сообщить мне по почте, когда кто-нибудь ответит на мой комментарий",
    humanQuestion: "Какой сейчас год?",
    humanHint: "Вопрос, на который ответит любой человек: так мы отсекаем роботов.",
    honeypot: "Оставьте это поле пустым",
    submit: "Отправить комментарий",
    submitting: "Отправляем…",
    olderPages: "Страницы комментариев",
    pageLink: (n) => `Страница комментариев ${n}`,
    loadFailed: "Не удалось загрузить форму комментария. Обновите страницу.",
    writeFailed:
      "Сейчас не удалось сохранить ваш комментарий: на сайте произошла ошибка. Ничего не опубликовано, а ваш текст остался здесь; попробуйте снова чуть позже.",
  },
  refusals: {
    missingArticle: "В этой форме нет материала.",
    nameRequired: "Введите своё имя.",
    nameTooLong: "Имя должно быть короче 80 символов.",
    emailRequired: "Введите адрес электронной почты.",
    emailTooLong: "Этот адрес слишком длинный.",
    emailInvalid: "Введите правильный адрес, например name@example.org.",
    urlTooLong: "Адрес сайта должен быть короче 200 символов.",
    urlInvalid:
      "Введите адрес сайта, начинающийся с http:// или https://, или оставьте поле пустым.",
    bodyRequired: "Напишите комментарий.",
    bodyTooLong: "Комментарий слишком длинный.",
    bodyOverLimit: ({ max, length }) =>
      `Комментарий должен быть короче ${max} символов (сейчас ${length}).`,
    checkFields: "Исправьте отмеченные поля.",
    honeypot:
      "Комментарий не опубликован: заполнено поле, которого люди не видят, — так делают роботы. Если вы человек, попробуйте ещё раз.",
    tooFast:
      "Слишком быстро: перечитайте комментарий и через несколько секунд отправьте его снова.",
    tokenExpired: "Этой форме больше суток. Отправьте комментарий снова.",
    tokenInvalid: "Не удалось проверить форму. Отправьте комментарий снова.",
    tokenUsed:
      "Эта форма уже отправлена. Чтобы опубликовать ещё один комментарий, отправьте её снова.",
    wrongYear: "Это не текущий год. Введите год четырьмя цифрами.",
    noComments: "Этот материал нельзя комментировать.",
    closed: "Комментарии к этому материалу закрыты.",
    parentInvalid: "Ответить можно только на опубликованный комментарий к этому материалу.",
    duplicate: "Точно такой же комментарий здесь уже есть.",
    rateLimited: ({ minutes }) =>
      `Вы отправили несколько комментариев за короткое время. Подождите ${plural("ru", minutes, { one: "# минуту", few: "# минуты", many: "# минут", other: "# минуты" })} и попробуйте снова.`,
  },
  replyMail: {
    subject: (author, title) => `${author} отвечает на ваш комментарий к «${title}»`,
    greeting: (name) => `Здравствуйте, ${name}!`,
    intro: (author, title) => `${author} отвечает на ваш комментарий к «${title}»:`,
    readIt: "Прочитать:",
    stop: "Вы просили сообщать об ответах. Чтобы больше не получать таких писем, откройте:",
  },
  unsubscribe: {
    title: "Больше не сообщать об ответах",
    done: "Готово: писем об ответах на ваши комментарии больше не будет.",
    ask: "Перестать сообщать вам по почте, когда кто-нибудь отвечает на ваши комментарии на этом сайте?",
    submit: "Больше не присылать",
    invalid: "Эта ссылка недействительна. Воспользуйтесь ссылкой из последнего письма.",
  },
};

export const commentMessages: Record<Lang, CommentMessages> = { en, be, ru };
