import type { PetitionTexts } from "@/lib/petitions/record";

/**
 * The demo petition. Its text asks, in the campaign's own words, for what the seed pages ask
 * ("support the petition", "#freeales"); it states no fact about anyone that the seeds do not
 * give, and names no date. It is linked to the people still held at last report and to the
 * "political-prisoners" tag, so articles about them offer it at their end.
 */
export const seedPetition = {
  slug: "free-belarus-political-prisoners",
  status: "OPEN" as const,
  signerDisplay: "INITIALS" as const,
  goal: 10_000,
  hashtag: "#FreeAles",
  personSlugs: ["andrei-sannikau", "mikalai-statkevich", "dzmitry-uss"],
  tagSlugs: ["political-prisoners"],
  texts: {
    en: {
      title: "Free the political prisoners of Belarus",
      addressee: "The authorities of the Republic of Belarus",
      body:
        "<p>People in Belarus are held for defending human rights, for reporting, and for taking part in peaceful protest. Human rights defenders such as Ales Bialiatski, the founder of the Human Rights Centre Viasna, have spent years behind bars for their work.</p>" +
        "<p>We ask the authorities to release everyone imprisoned for their peaceful activity, to end the prosecution of human rights defenders, and to let Viasna and other independent organisations work freely.</p>" +
        "<p>Add your name. When the petition closes, the campaign hands it over with the number of people who signed.</p>",
      deliveryNote: "",
    },
    be: {
      title: "Свабоду палітвязням Беларусі",
      addressee: "Улады Рэспублікі Беларусь",
      body:
        "<p>У Беларусі людзей трымаюць за кратамі за абарону правоў чалавека, за журналісцкую працу і за ўдзел у мірных пратэстах. Праваабаронцы, як Алесь Бяляцкі, заснавальнік Праваабарончага цэнтра «Вясна», правялі за сваю працу гады ў зняволенні.</p>" +
        "<p>Мы просім улады вызваліць усіх, каго пазбавілі волі за мірную дзейнасць, спыніць пераслед праваабаронцаў і дазволіць «Вясне» ды іншым незалежным арганізацыям свабодна працаваць.</p>" +
        "<p>Дадайце сваё імя. Калі збор подпісаў завершыцца, кампанія перадасць петыцыю разам з колькасцю тых, хто яе падпісаў.</p>",
      deliveryNote: "",
    },
    ru: {
      title: "Свободу политзаключённым Беларуси",
      addressee: "Власти Республики Беларусь",
      body:
        "<p>В Беларуси людей держат за решёткой за защиту прав человека, за журналистскую работу и за участие в мирных протестах. Правозащитники, такие как Алесь Беляцкий, основатель Правозащитного центра «Весна», провели за свою работу годы в заключении.</p>" +
        "<p>Мы просим власти освободить всех, кого лишили свободы за мирную деятельность, прекратить преследование правозащитников и позволить «Весне» и другим независимым организациям свободно работать.</p>" +
        "<p>Добавьте своё имя. Когда сбор подписей закончится, кампания передаст петицию вместе с числом подписавших.</p>",
      deliveryNote: "",
    },
  } satisfies PetitionTexts,
};
