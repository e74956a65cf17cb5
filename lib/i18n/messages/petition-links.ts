import type { Lang } from "@/lib/i18n/languages";

/**
 * What a signer meets after signing a petition: the confirmation email and the pages its links
 * open (confirm, withdraw).
 */
const en = {
  confirmTitle: "Confirm your signature",
  confirmBody: (title: string) => `Press the button to add your signature to “${title}”.`,
  confirmButton: "Confirm my signature",
  confirmed: "Thank you: your signature is confirmed and counted.",
  withdrawTitle: "Withdraw your signature",
  withdrawBody: (title: string) => `Press the button to remove your signature from “${title}”.`,
  withdrawButton: "Withdraw my signature",
  withdrawn: "Your signature is withdrawn, and what you gave us is deleted.",
  linkDead:
    "This link no longer works: the signature was withdrawn, was not confirmed within a week, or the petition's signer data has been deleted.",
  linkFailed: "Something went wrong and nothing changed. Please press the button again.",
  confirmClosed: "This petition closed before you confirmed, so your signature could not count.",
  mailConfirmSubject: "Please confirm your signature",
  mailConfirmBody: (title: string, site: string, confirm: string, withdraw: string) =>
    `You (or someone using your address) signed “${title}” on ${site}.\n\n` +
    `To confirm your signature, open this link:\n${confirm}\n\n` +
    `If you did not sign, ignore this email: nothing counts without confirmation, and the details are deleted within a week.\n\n` +
    `To withdraw your signature at any time:\n${withdraw}\n`,
  mailAgainSubject: "You have already signed",
  mailAgainBody: (title: string, site: string, withdraw: string) =>
    `Someone tried to sign “${title}” on ${site} again with this address. You had already signed, so nothing changed.\n\n` +
    `To withdraw your signature:\n${withdraw}\n`,
};

type PetitionLinkMessages = typeof en;

const be: PetitionLinkMessages = {
  confirmTitle: "Пацвердзіце подпіс",
  confirmBody: (title) => `Націсніце кнопку, каб дадаць свой подпіс пад «${title}».`,
  confirmButton: "Пацвердзіць мой подпіс",
  confirmed: "Дзякуй: ваш подпіс пацверджаны і палічаны.",
  withdrawTitle: "Адклікаць подпіс",
  withdrawBody: (title) => `Націсніце кнопку, каб прыбраць свой подпіс з «${title}».`,
  withdrawButton: "Адклікаць мой подпіс",
  withdrawn: "Ваш подпіс адкліканы, а ўсё, што вы нам далі, выдалена.",
  linkDead:
    "Гэтая спасылка больш не працуе: подпіс адкліканы, не быў пацверджаны на працягу тыдня, або даныя падпісантаў петыцыі ўжо выдаленыя.",
  linkFailed: "Нешта пайшло не так, і нічога не змянілася. Націсніце кнопку яшчэ раз.",
  confirmClosed: "Петыцыю закрылі раней, чым вы пацвердзілі подпіс, таму ён не можа быць палічаны.",
  mailConfirmSubject: "Калі ласка, пацвердзіце подпіс",
  mailConfirmBody: (title, site, confirm, withdraw) =>
    `Вы (або нехта з вашым адрасам) падпісалі «${title}» на ${site}.\n\n` +
    `Каб пацвердзіць подпіс, адкрыйце спасылку:\n${confirm}\n\n` +
    `Калі вы не падпісвалі, проста праігнаруйце гэты ліст: без пацвярджэння нічога не лічыцца, а даныя выдаляюцца на працягу тыдня.\n\n` +
    `Каб адклікаць подпіс у любы час:\n${withdraw}\n`,
  mailAgainSubject: "Вы ўжо падпісалі",
  mailAgainBody: (title, site, withdraw) =>
    `Нехта зноў паспрабаваў падпісаць «${title}» на ${site} з гэтым адрасам. Вы ўжо падпісалі, таму нічога не змянілася.\n\n` +
    `Каб адклікаць подпіс:\n${withdraw}\n`,
};

const ru: PetitionLinkMessages = {
  confirmTitle: "Подтвердите подпись",
  confirmBody: (title) => `Нажмите кнопку, чтобы добавить свою подпись под «${title}».`,
  confirmButton: "Подтвердить мою подпись",
  confirmed: "Спасибо: ваша подпись подтверждена и учтена.",
  withdrawTitle: "Отозвать подпись",
  withdrawBody: (title) => `Нажмите кнопку, чтобы убрать свою подпись из «${title}».`,
  withdrawButton: "Отозвать мою подпись",
  withdrawn: "Ваша подпись отозвана, а всё, что вы нам дали, удалено.",
  linkDead:
    "Эта ссылка больше не работает: подпись отозвана, не была подтверждена в течение недели, или данные подписавших петицию уже удалены.",
  linkFailed: "Что-то пошло не так, и ничего не изменилось. Нажмите кнопку ещё раз.",
  confirmClosed:
    "Петицию закрыли раньше, чем вы подтвердили подпись, поэтому она не может быть учтена.",
  mailConfirmSubject: "Пожалуйста, подтвердите подпись",
  mailConfirmBody: (title, site, confirm, withdraw) =>
    `Вы (или кто-то с вашим адресом) подписали «${title}» на ${site}.\n\n` +
    `Чтобы подтвердить подпись, откройте ссылку:\n${confirm}\n\n` +
    `Если вы не подписывали, просто не обращайте внимания на это письмо: без подтверждения ничего не считается, а данные удаляются в течение недели.\n\n` +
    `Чтобы отозвать подпись в любое время:\n${withdraw}\n`,
  mailAgainSubject: "Вы уже подписали",
  mailAgainBody: (title, site, withdraw) =>
    `Кто-то снова попытался подписать «${title}» на ${site} с этим адресом. Вы уже подписали, поэтому ничего не изменилось.\n\n` +
    `Чтобы отозвать подпись:\n${withdraw}\n`,
};

export const petitionLinkMessages: Record<Lang, PetitionLinkMessages> = { en, be, ru };
