/**
 * The demo's people, with only what the campaign's own pages (../shared/seeds) say about them,
 * in our words. About real people nothing is invented: no date, charge or address the sources do
 * not give. The demo's texts about them are dated ("in August 2011 …").
 */
import type { AddressScript, PersonEventKind } from "@/lib/generated/prisma/enums";
import type { Charge, EventTextsByLanguage, TextsByLanguage } from "@/lib/people/record";

export type SeedStatus = { key: string; names: TextsByLanguage; isHeld: boolean; position: number };

export const seedStatuses: SeedStatus[] = [
  {
    key: "detained",
    names: { en: "Detained", be: "Затрыманы", ru: "Задержан" },
    isHeld: true,
    position: 1,
  },
  {
    key: "sentenced",
    names: { en: "Sentenced", be: "Асуджаны", ru: "Осуждён" },
    isHeld: true,
    position: 2,
  },
  {
    key: "released",
    names: { en: "Released", be: "На волі", ru: "На свободе" },
    isHeld: false,
    position: 3,
  },
  {
    key: "in-exile",
    names: { en: "In exile", be: "У выгнанні", ru: "В изгнании" },
    isHeld: false,
    position: 4,
  },
  {
    // The sources say "still in prison" at a date, and nothing later: the status says just that.
    key: "in-prison-at-last-report",
    names: {
      en: "In prison at last report",
      be: "За кратамі паводле апошніх звестак",
      ru: "В заключении по последним данным",
    },
    isHeld: false,
    position: 5,
  },
];

export type SeedPerson = {
  slug: string;
  names: TextsByLanguage;
  spellings: string[];
  bios: TextsByLanguage;
  status: string;
  birthday?: { month: number; day: number };
  charges: Charge[];
  regions: string[];
  /** Articles about the person: by tag, and by slug. */
  articleTags: string[];
  articleSlugs: string[];
  events: { date: string; kind: PersonEventKind; texts: EventTextsByLanguage }[];
  addresses: { address: string; script: AddressScript; latin: string; validFrom: string }[];
};

/** What the sources say of each of the three former presidential candidates, and no more. */
const CANDIDATE_BIO: TextsByLanguage = {
  en: "A former presidential candidate. The campaign's pages named him among the three former presidential candidates still in prison after the election of December 2010. This site holds no later record of him.",
  be: "Былы кандыдат у прэзідэнты. Старонкі кампаніі называлі яго сярод трох былых кандыдатаў у прэзідэнты, якія заставаліся за кратамі пасля выбараў у снежні 2010 года. Пазнейшых звестак пра яго на гэтым сайце няма.",
  ru: "Бывший кандидат в президенты. Страницы кампании называли его среди трёх бывших кандидатов в президенты, остававшихся в заключении после выборов в декабре 2010 года. Более поздних сведений о нём на этом сайте нет.",
};

export const seedPeople: SeedPerson[] = [
  {
    slug: "ales-bialiatski",
    names: { en: "Ales Bialiatski", be: "Алесь Бяляцкі", ru: "Алесь Беляцкий" },
    spellings: ["Bialiacki", "Byalyatski", "Belyatsky", "Beliatski", "Bialiatsky"],
    bios: {
      en: "Chairman of the Human Rights Centre Viasna, the most prominent human rights organisation in Belarus, which the authorities have refused to register.\n\nHe was detained on 4 August 2011 on a charge of concealing income on an especially large scale, a case the campaign says is bound up with Viasna's human rights work. Sentenced that November, he was held in the Minsk pre-trial prison SIZA-1 and later in the penal colony in Babruisk, until his release on 21 June 2014. Campaigners sent him postcards, above all for his birthday on 25 September.",
      be: "Старшыня Праваабарончага цэнтра «Вясна», найбольш вядомай праваабарончай арганізацыі Беларусі, якой улады адмаўляюць у рэгістрацыі.\n\nЯго затрымалі 4 жніўня 2011 года па абвінавачанні ў схаванні даходаў у асабліва буйным памеры; кампанія лічыць, што справа звязаная з праваабарончай працай «Вясны». Асуджаны ў лістападзе таго ж года, ён знаходзіўся ў мінскім СІЗА-1, потым у калоніі ў Бабруйску, пакуль 21 чэрвеня 2014 года не выйшаў на волю. Прыхільнікі кампаніі дасылалі яму паштоўкі, асабліва на дзень нараджэння, 25 верасня.",
      ru: "Председатель Правозащитного центра «Весна», самой известной правозащитной организации Беларуси, которой власти отказывают в регистрации.\n\nЕго задержали 4 августа 2011 года по обвинению в сокрытии доходов в особо крупном размере; кампания считает, что дело связано с правозащитной работой «Весны». Осуждённый в ноябре того же года, он находился в минском СИЗО-1, затем в колонии в Бобруйске, пока 21 июня 2014 года не вышел на свободу. Сторонники кампании присылали ему открытки, особенно ко дню рождения, 25 сентября.",
    },
    status: "released",
    birthday: { month: 9, day: 25 },
    charges: [
      {
        article: "",
        text: "Concealment of income on an especially large scale (up to seven years in prison, as charged in August 2011)",
      },
    ],
    regions: ["belarus"],
    articleTags: ["ales-bialiatski"],
    articleSlugs: [],
    events: [
      {
        date: "2011-08-04",
        kind: "DETAINED",
        texts: {
          en: {
            place: "Minsk; held in the pre-trial prison SIZA-1",
            note: "Detained on a charge of concealing income on an especially large scale.",
            sentence: "",
          },
          be: {
            place: "Мінск; у СІЗА-1",
            note: "Затрыманы па абвінавачанні ў схаванні даходаў у асабліва буйным памеры.",
            sentence: "",
          },
          ru: {
            place: "Минск; в СИЗО-1",
            note: "Задержан по обвинению в сокрытии доходов в особо крупном размере.",
            sentence: "",
          },
        },
      },
      {
        date: "2011-11-24",
        kind: "VERDICT",
        texts: {
          en: {
            place: "Minsk",
            note: "",
            sentence: "Four and a half years in a strict-security penal colony.",
          },
          be: {
            place: "Мінск",
            note: "",
            sentence: "Чатыры з паловай гады ў калоніі ўзмоцненага рэжыму.",
          },
          ru: {
            place: "Минск",
            note: "",
            sentence: "Четыре с половиной года в колонии усиленного режима.",
          },
        },
      },
      {
        date: "2014-06-21",
        kind: "RELEASED",
        texts: {
          en: {
            place: "Penal colony, Babruisk",
            note: "Freed under an amnesty, after 1052 days behind bars.",
            sentence: "",
          },
          be: {
            place: "Калонія, Бабруйск",
            note: "Вызвалены паводле амністыі пасля 1052 дзён за кратамі.",
            sentence: "",
          },
          ru: {
            place: "Колония, Бобруйск",
            note: "Освобождён по амнистии после 1052 дней за решёткой.",
            sentence: "",
          },
        },
      },
    ],
    addresses: [
      {
        // The pre-trial prison's address the campaign published in 2011, in the script the
        // Belarusian post reads; kept as history since his transfer and release.
        address: "Беляцкому Алесю\nСИЗО-1\nул. Володарского, 2\n220030, г. Минск\nБеларусь",
        script: "CYRILLIC",
        latin: "Ales Bialiatski\nSIZA-1\n2 Valadarski Street\n220030 Minsk\nBelarus",
        validFrom: "2011-08-04",
      },
    ],
  },
  {
    slug: "andrei-sannikau",
    names: { en: "Andrei Sannikau", be: "Андрэй Саннікаў", ru: "Андрей Санников" },
    spellings: ["Sannikov", "Sannikaw"],
    bios: CANDIDATE_BIO,
    status: "in-prison-at-last-report",
    charges: [],
    regions: ["belarus"],
    articleTags: [],
    articleSlugs: ["ales-bialiatski-detained-in-minsk"],
    events: [],
    addresses: [],
  },
  {
    slug: "mikalai-statkevich",
    names: { en: "Mikalai Statkevich", be: "Мікалай Статкевіч", ru: "Николай Статкевич" },
    spellings: ["Nikolai Statkevich", "Statkevič", "Statkievič"],
    bios: CANDIDATE_BIO,
    status: "in-prison-at-last-report",
    charges: [],
    regions: ["belarus"],
    articleTags: [],
    articleSlugs: ["ales-bialiatski-detained-in-minsk"],
    events: [],
    addresses: [],
  },
  {
    slug: "dzmitry-uss",
    names: { en: "Dzmitry Uss", be: "Дзмітрый Усс", ru: "Дмитрий Усс" },
    spellings: ["Dmitry Uss", "Dmitri Us"],
    bios: CANDIDATE_BIO,
    status: "in-prison-at-last-report",
    charges: [],
    regions: ["belarus"],
    articleTags: [],
    articleSlugs: ["ales-bialiatski-detained-in-minsk"],
    events: [],
    addresses: [],
  },
];

/** The demo's advice on letters, in the project's own words; one piece of advice per line. */
export const seedLetterGuidance: TextsByLanguage = {
  en: "Censors read every letter: write nothing you would not say in front of a prison officer.\nWrite in Belarusian or Russian.\nLeave out politics and the details of the case.\nWrite about everyday things: the weather, books, news of friends and family.\nA birthday card is welcome: send it two or three weeks ahead.\nPut your return address on the envelope, so that a reply can reach you.",
  be: "Цэнзары чытаюць кожны ліст: не пішыце нічога, чаго не сказалі б пры турэмным супрацоўніку.\nПішыце па-беларуску або па-руску.\nНе пішыце пра палітыку і падрабязнасці справы.\nПішыце пра звычайнае: надвор'е, кнігі, навіны сяброў і сям'і.\nПаштоўка на дзень нараджэння заўсёды дарэчы: дасылайце яе за два-тры тыдні.\nПакажыце на канверце зваротны адрас, каб адказ мог вас знайсці.",
  ru: "Цензоры читают каждое письмо: не пишите ничего, чего не сказали бы при тюремном сотруднике.\nПишите по-белорусски или по-русски.\nНе пишите о политике и подробностях дела.\nПишите об обычном: погоде, книгах, новостях друзей и семьи.\nОткрытка ко дню рождения всегда кстати: отправляйте её за две-три недели.\nУкажите на конверте обратный адрес, чтобы ответ мог вас найти.",
};
