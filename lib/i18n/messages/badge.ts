import type { Lang } from "@/lib/i18n/languages";

/** The picture badge page: the campaign's frame around a reader's own photo. */
const en = {
  nav: "Profile picture frame",
  title: "Support the campaign with your profile picture",
  intro:
    "Put your photo inside the campaign's frame and use it as your profile picture: everyone who sees you online will see the campaign too.",
  privacy:
    "Your photo stays on your device: nothing is uploaded, and no one sees it until you share it yourself.",
  notSetUp: "The campaign has not set up a profile picture frame yet. Please come back soon.",
  frameAlt: "The campaign's profile picture frame",
  hashtag: (tag: string) => `When you share it, add ${tag}.`,
  byHand: {
    heading: "Do it by hand",
    intro: "In any photo editor or phone app that has layers:",
    download: "Download the frame: a PNG picture with a transparent middle.",
    layer:
      "Open your photo, then add the frame on top of it as a new layer, stretched over the whole picture.",
    place: "Move and resize your photo beneath the frame until your face sits in the circle.",
    save: "Save the result as a picture and set it as your profile picture.",
    link: "Download the frame (PNG)",
    size: (width: number, height: number) => `PNG, ${width} × ${height} px`,
  },
  tool: {
    heading: "Make it here",
    choose: "Choose a photo",
    chooseAnother: "Choose another photo",
    hint: "Drag the photo or use the arrow keys to move it; zoom with the slider or the buttons.",
    preview: "Your photo in the frame: the arrow keys move it, plus and minus zoom in and out.",
    zoom: "Zoom",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    percent: (percent: number) => `${percent}%`,
    centre: "Centre again",
    download: "Download PNG",
    ready: "Your photo is in the frame. Move and zoom it, then download the picture.",
    unreadable: "This file could not be opened as a picture. Choose a JPEG or PNG photo.",
    downloaded: "Your picture is downloading: look for it in your downloads.",
    failed: "The picture could not be made. Please try again.",
  },
};

export type BadgeMessages = typeof en;

const be: BadgeMessages = {
  nav: "Рамка для фота профілю",
  title: "Падтрымайце кампанію сваім фота профілю",
  intro:
    "Змясціце свой фотаздымак у рамку кампаніі і пастаўце яго на фота профілю: кожны, хто бачыць вас у сетцы, убачыць і кампанію.",
  privacy:
    "Ваш фотаздымак застаецца на вашай прыладзе: нічога не загружаецца, і ніхто яго не ўбачыць, пакуль вы самі ім не падзеліцеся.",
  notSetUp: "Кампанія яшчэ не падрыхтавала рамку для фота профілю. Зазірніце крыху пазней.",
  frameAlt: "Рамка кампаніі для фота профілю",
  hashtag: (tag: string) => `Калі будзеце дзяліцца, дадайце ${tag}.`,
  byHand: {
    heading: "Зрабіць уручную",
    intro: "У любым фотарэдактары ці праграме на тэлефоне, дзе ёсць слаі:",
    download: "Спампуйце рамку: малюнак PNG з празрыстай сярэдзінай.",
    layer:
      "Адкрыйце свой фотаздымак і дадайце рамку паверх яго новым слоем, расцягнуўшы на ўвесь малюнак.",
    place:
      "Перасоўвайце фотаздымак пад рамкай і мяняйце яго памер, пакуль твар не апынецца ў крузе.",
    save: "Захавайце вынік як малюнак і пастаўце яго на фота профілю.",
    link: "Спампаваць рамку (PNG)",
    size: (width: number, height: number) => `PNG, ${width} × ${height} пікс.`,
  },
  tool: {
    heading: "Зрабіць тут",
    choose: "Выбраць фотаздымак",
    chooseAnother: "Выбраць іншы фотаздымак",
    hint: "Перасоўвайце фотаздымак мышшу, пальцам ці стрэлкамі на клавіятуры; маштаб мяняецца паўзунком ці кнопкамі.",
    preview: "Ваш фотаздымак у рамцы: стрэлкі перасоўваюць яго, плюс і мінус мяняюць маштаб.",
    zoom: "Маштаб",
    zoomIn: "Павялічыць",
    zoomOut: "Паменшыць",
    percent: (percent: number) => `${percent}%`,
    centre: "Вярнуць у цэнтр",
    download: "Спампаваць PNG",
    ready: "Фотаздымак у рамцы. Перасуньце і павялічце яго як трэба, потым спампуйце малюнак.",
    unreadable: "Гэты файл не атрымалася адкрыць як малюнак. Выберыце фотаздымак JPEG ці PNG.",
    downloaded: "Малюнак спампоўваецца: шукайце яго сярод спампаваных файлаў.",
    failed: "Не атрымалася зрабіць малюнак. Паспрабуйце яшчэ раз.",
  },
};

const ru: BadgeMessages = {
  nav: "Рамка для фото профиля",
  title: "Поддержите кампанию своим фото профиля",
  intro:
    "Поместите своё фото в рамку кампании и поставьте его на аватар: каждый, кто видит вас в сети, увидит и кампанию.",
  privacy:
    "Ваше фото остаётся на вашем устройстве: ничего не загружается, и никто его не увидит, пока вы сами им не поделитесь.",
  notSetUp: "Кампания ещё не подготовила рамку для фото профиля. Загляните чуть позже.",
  frameAlt: "Рамка кампании для фото профиля",
  hashtag: (tag: string) => `Когда будете делиться, добавьте ${tag}.`,
  byHand: {
    heading: "Сделать вручную",
    intro: "В любом фоторедакторе или приложении на телефоне, где есть слои:",
    download: "Скачайте рамку: картинку PNG с прозрачной серединой.",
    layer:
      "Откройте своё фото и добавьте рамку поверх него новым слоем, растянув на всё изображение.",
    place: "Двигайте фото под рамкой и меняйте его размер, пока лицо не окажется в круге.",
    save: "Сохраните результат как картинку и поставьте её на аватар.",
    link: "Скачать рамку (PNG)",
    size: (width: number, height: number) => `PNG, ${width} × ${height} пикс.`,
  },
  tool: {
    heading: "Сделать здесь",
    choose: "Выбрать фото",
    chooseAnother: "Выбрать другое фото",
    hint: "Двигайте фото мышью, пальцем или стрелками на клавиатуре; масштаб меняется ползунком или кнопками.",
    preview: "Ваше фото в рамке: стрелки двигают его, плюс и минус меняют масштаб.",
    zoom: "Масштаб",
    zoomIn: "Увеличить",
    zoomOut: "Уменьшить",
    percent: (percent: number) => `${percent}%`,
    centre: "Вернуть в центр",
    download: "Скачать PNG",
    ready: "Фото в рамке. Подвиньте и увеличьте его как нужно, затем скачайте картинку.",
    unreadable: "Этот файл не удалось открыть как изображение. Выберите фото JPEG или PNG.",
    downloaded: "Картинка скачивается: ищите её в загрузках.",
    failed: "Не удалось сделать картинку. Попробуйте ещё раз.",
  },
};

export const badge: Record<Lang, BadgeMessages> = { en, be, ru };
