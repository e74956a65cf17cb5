/** The vocabulary of the benchmark export: campaign-news sentences, names and places in three languages. */
import type { Language } from "@/tests/bench/wxr-content";

// Invented people: the generator pairs names with verdicts and appeals at random, which must
// never be said of real people.
export const NAMES: Record<Language, readonly string[]> = {
  en: [
    "Ivan Example",
    "Hanna Sample",
    "Pavel Placeholder",
    "Maryia Test",
    "Lev Fictional",
    "Zoya Invented",
  ],
  ru: [
    "Иван Примеров",
    "Анна Образцова",
    "Павел Условный",
    "Мария Тестова",
    "Лев Вымышленный",
    "Зоя Придуманная",
  ],
  be: [
    "Іван Прыкладаў",
    "Ганна Узорная",
    "Павел Умоўны",
    "Марыя Тэставая",
    "Леў Выдуманы",
    "Зоя Прыдуманая",
  ],
};

export const PLACES: Record<Language, readonly string[]> = {
  en: ["Minsk", "Hrodna", "Brest", "Vitsebsk", "Homiel", "Mahilioŭ", "Navapolatsk", "Babruisk"],
  ru: ["Минске", "Гродно", "Бресте", "Витебске", "Гомеле", "Могилёве", "Новополоцке", "Бобруйске"],
  be: ["Мінску", "Гродне", "Брэсце", "Віцебску", "Гомелі", "Магілёве", "Наваполацку", "Бабруйску"],
};

export const SENTENCES: Record<Language, readonly string[]> = {
  en: [
    "Human rights defenders in {place} documented {n} new detentions this week.",
    "{name} has now spent more than {n} days behind bars for defending others.",
    "The trial in {place} was closed to the public, and relatives waited outside for hours.",
    "Supporters wrote {n} letters and postcards; only a few reached the colony.",
    "Lawyers who took on political cases have lost their licences one after another.",
    "We ask everyone to write to {name}: a letter is proof that the world remembers.",
    "The court in {place} sentenced three volunteers to between two and five years.",
    "Independent monitors counted {n} political prisoners at the end of the month.",
    "Families are rarely told where a prisoner has been transferred or why.",
    "Solidarity events were held in {n} cities, from Vilnius to Warsaw & Berlin.",
    "The appeal was rejected without hearing a single defence witness.",
    "Read the full statement of the campaign below, and share it with your friends.",
    "Parcels with warm clothes are returned to senders with no explanation.",
    "\u201cThey can lock people up, but not the idea of freedom,\u201d said one of the mothers.",
  ],
  ru: [
    "Правозащитники в {place} задокументировали {n} новых задержаний за неделю.",
    "{name} провёл за решёткой уже более {n} дней за защиту других людей.",
    "Суд в {place} прошёл в закрытом режиме, родственники часами ждали у входа.",
    "Сторонники написали {n} писем и открыток, но до колонии дошли лишь единицы.",
    "Адвокаты, бравшие политические дела, один за другим теряют лицензии.",
    "Просим всех написать {name}: письмо — доказательство того, что мир помнит.",
    "Независимые наблюдатели насчитали {n} политзаключённых на конец месяца.",
    "Семьям редко сообщают, куда и почему перевели заключённого.",
    "Акции солидарности прошли в {n} городах — от Вильнюса до Варшавы.",
    "Апелляцию отклонили, не выслушав ни одного свидетеля защиты.",
    "Посылки с тёплой одеждой возвращаются отправителям без объяснений.",
    "«Людей можно запереть, но не идею свободы», — сказала одна из матерей.",
  ],
  be: [
    "Праваабаронцы ў {place} задакументавалі {n} новых затрыманняў за тыдзень.",
    "{name} правёў за кратамі ўжо больш за {n} дзён за абарону іншых.",
    "Суд у {place} прайшоў у закрытым рэжыме, сваякі гадзінамі чакалі каля ўваходу.",
    "Прыхільнікі напісалі {n} лістоў і паштовак, але да калоніі дайшлі адзінкі.",
    "Адвакаты, якія бралі палітычныя справы, адзін за адным губляюць ліцэнзіі.",
    "Просім усіх напісаць {name}: ліст — доказ таго, што свет памятае.",
    "Незалежныя назіральнікі налічылі {n} палітвязняў на канец месяца.",
    "Сем’ям рэдка паведамляюць, куды і чаму перавялі вязня.",
    "Акцыі салідарнасці прайшлі ў {n} гарадах — ад Вільні да Варшавы.",
    "Апеляцыю адхілілі, не выслухаўшы ніводнага сведкі абароны.",
    "Пасылкі з цёплым адзеннем вяртаюцца адпраўнікам без тлумачэнняў.",
    "«Людзей можна зачыніць, але не ідэю свабоды», — сказала адна з маці.",
  ],
};

export const TITLE_WORDS: Record<Language, readonly string[]> = {
  en: [
    "Verdict",
    "Letters",
    "Solidarity",
    "Trial",
    "Appeal",
    "Detentions",
    "Statement",
    "Update",
    "Campaign",
    "Postcards",
    "Prisoners",
    "Day",
  ],
  ru: [
    "Приговор",
    "Письма",
    "Солидарность",
    "Суд",
    "Апелляция",
    "Задержания",
    "Заявление",
    "Новости",
    "Кампания",
    "Открытки",
  ],
  be: [
    "Прысуд",
    "Лісты",
    "Салідарнасць",
    "Суд",
    "Апеляцыя",
    "Затрыманні",
    "Заява",
    "Навіны",
    "Кампанія",
    "Паштоўкі",
  ],
};

export const LINKS = [
  "https://spring96.org/en/news",
  "https://www.amnesty.org/en/",
  "https://prisoners.spring96.org/",
];
export const UNKNOWN_SHORTCODES = [
  '[contact-form-7 id="412" title="Write to a prisoner"]',
  '[wpforms id="88"]',
  '[su_button url="/donate/"]Donate[/su_button]',
  "[vc_row][vc_column_text]Old page builder text[/vc_column_text][/vc_row]",
];
export const SPAM = [
  'Cheap pills online, best price!!! <a href="http://spam.example/buy">buy now</a>',
  "Great post. Visit my casino site http://casino.example for bonus",
  "Займы без отказа за 5 минут http://loans.example",
];

export const COMMENTERS = [
  "Hanna",
  "Siarhei",
  "Олег",
  "Марына",
  "Таццяна",
  "Pavel K.",
  "Ірына",
  "Jan from Warsaw",
  "Мария",
  "Dzmitry",
];
