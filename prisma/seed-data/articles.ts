/**
 * Demo content for the campaign news CMS: the 2011-2014 campaign for the release of
 * Ales Bialiatski, chairman of the Human Rights Centre "Viasna" and vice-president of FIDH.
 *
 * All text is original writing by the campaign newsroom, based on publicly reported facts.
 * Cover files referenced below live in /public/demo/.
 */

export type SeedComment = {
  key: string; // unique within the article, e.g. "c1"
  parentKey?: string; // reply to another comment of the same article
  authorName: string;
  authorEmail: string; // demo addresses at example.org
  authorUrl?: string;
  body: string; // simple HTML: <p>, <em>, <strong>, <a href="https://...">
  status: "APPROVED" | "PENDING";
  daysAfterPublish: number; // when the comment was written, relative to the article's publishedAt
};

export type SeedArticle = {
  slug: string; // lowercase ascii, hyphens
  kind: "POST" | "PAGE";
  status: "PUBLISHED" | "DRAFT" | "SCHEDULED";
  publishedAt?: string; // ISO date-time; required for PUBLISHED
  scheduledInDays?: number; // only for SCHEDULED: publish this many days after seeding
  language: "en" | "be" | "ru";
  title: string;
  excerpt: string; // 1-2 plain-text sentences, under 300 chars
  body: string; // HTML: <p> <h2> <h3> <blockquote> <ul> <ol> <li> <strong> <em> <a href>, action boxes (lib/actions/box.ts)
  categories: string[];
  tags: string[];
  regions: string[];
  cover?: { file: string; alt: string; caption: string; credit: string };
  isFeatured?: boolean;
  commentsOpen?: boolean; // default true
  author: "editor" | "author";
  comments?: SeedComment[];
  /** The slug of the English article this one translates (same kind): they form a group. */
  translationOf?: string;
};

/** A term's name, slug and description in a language other than English. */
export type SeedTermLabel = { name: string; slug: string; description: string };

export type SeedTerm = {
  slug: string;
  name: string;
  description: string;
  parent?: string;
  translations?: Partial<Record<"be" | "ru", SeedTermLabel>>;
};

const CREDIT = "Illustration: campaign newsroom";

// ---------------------------------------------------------------------------
// Taxonomies
// ---------------------------------------------------------------------------

export const categories: SeedTerm[] = [
  {
    slug: "news",
    name: "News",
    description:
      "Reports on each stage of the case against Ales Bialiatski and on the wider pressure faced by human rights defenders in Belarus.",
  },
  {
    slug: "statements",
    name: "Statements",
    description:
      "Positions taken by the campaign, and what institutions and organisations following the case have said about it.",
  },
  {
    slug: "international-reactions",
    name: "International reactions",
    parent: "statements",
    description:
      "Responses from governments, parliaments, city leaders and international bodies, gathered in one place so they can be compared.",
  },
  {
    slug: "actions",
    name: "Actions",
    description:
      "Practical things anyone can do, from sending a postcard to marking the 4 August day of solidarity.",
  },
  {
    slug: "background",
    name: "Background",
    description:
      "Longer explanations of the context behind the news: Viasna, the legal case and the state of civil society in Belarus.",
  },
];

export const tags: SeedTerm[] = [
  {
    slug: "ales-bialiatski",
    name: "Ales Bialiatski",
    description:
      "Founder and chairman of the Human Rights Centre Viasna and a vice-president of FIDH, imprisoned from August 2011 to June 2014.",
  },
  {
    slug: "viasna",
    name: "Viasna",
    description:
      "The Minsk-based human rights centre set up in 1996, which has carried on its work without legal registration since 2003.",
  },
  {
    slug: "political-prisoners",
    name: "political prisoners",
    description:
      "People held in Belarus because of their civic, political or human rights activity, and the campaign for their freedom.",
  },
  {
    slug: "fidh",
    name: "FIDH",
    description:
      "The International Federation for Human Rights, a federation of member organisations from more than 100 countries.",
  },
  {
    slug: "prisoner-of-conscience",
    name: "prisoner of conscience",
    description:
      "Amnesty International's term for a person jailed only for the peaceful exercise of their rights, a status it gave to Ales Bialiatski.",
  },
  {
    slug: "human-rights-prizes",
    name: "human rights prizes",
    description:
      "Awards recognising Ales Bialiatski's work, most of them accepted by his wife or colleagues while he was in prison.",
  },
  {
    slug: "solidarity",
    name: "solidarity",
    description:
      "Gestures of support from individuals, organisations and cities standing with Belarusian civil society.",
  },
  {
    slug: "rehabilitation",
    name: "rehabilitation",
    description:
      "The demand that convictions of political prisoners be quashed and that their civil and political rights be restored in full.",
  },
  {
    slug: "postcards",
    name: "postcards",
    description:
      "Cards and letters sent to prisoners to ease their isolation, and advice on how to write them.",
  },
];

export const regions: SeedTerm[] = [
  {
    slug: "belarus",
    name: "Belarus",
    description:
      "Events inside the country, where Viasna is based and where Ales Bialiatski was tried and held.",
  },
  {
    slug: "europe",
    name: "Europe",
    description:
      "Developments in European capitals and institutions, including the Council of Europe, the European Union and the OSCE.",
  },
  {
    slug: "united-nations",
    name: "United Nations",
    description:
      "Findings and statements of UN bodies and independent experts, such as the Working Group on Arbitrary Detention and the Special Rapporteur on Belarus.",
  },
  {
    slug: "international",
    name: "International",
    description:
      "Reactions from beyond Europe and joint work by global networks of human rights organisations.",
  },
];

// ---------------------------------------------------------------------------
// Articles, in order of publication
// ---------------------------------------------------------------------------

export const articles: SeedArticle[] = [
  // ----- Pages -------------------------------------------------------------
  {
    slug: "about",
    kind: "PAGE",
    status: "PUBLISHED",
    publishedAt: "2011-08-08T10:00:00Z",
    language: "en",
    title: "About the campaign",
    excerpt: "Why this site exists, who writes it and the principles we follow.",
    categories: [],
    tags: [],
    regions: [],
    author: "editor",
    body: `<p>This site was created in the days that followed the arrest of Ales Bialiatski in Minsk on 4 August 2011. He is the chairman of the Human Rights Centre "Viasna" and a vice-president of the International Federation for Human Rights (FIDH). Our aim is to keep his case in public view until he is free, and to explain what it means for everyone who defends human rights in Belarus.</p>
<h2>What we publish</h2>
<ul>
<li><strong>News</strong> on the case: the investigation, the trial and appeal, the conditions of his imprisonment and, eventually, his release.</li>
<li><strong>Statements</strong> by the campaign, and summaries of what governments, parliaments and international bodies have said.</li>
<li><strong>Actions</strong> open to anyone, such as writing postcards or taking part in the day of solidarity on 4 August.</li>
<li><strong>Background</strong> pieces on Viasna, on the legal case and on civil society in Belarus since the presidential election of December 2010.</li>
</ul>
<p>Most of our articles are in English. Some appear in Belarusian or Russian so that readers in Belarus and neighbouring countries can follow the campaign in their own language.</p>
<h2>Who we are</h2>
<p>The site is run by a small volunteer newsroom: human rights activists, journalists and translators living in several European countries. We work from public sources, including material released by Viasna, FIDH and other human rights organisations, statements from international institutions, and information that his family and colleagues have decided to make public. We never publish details that could put him, his relatives or his colleagues in danger.</p>
<h2>Our principles</h2>
<ul>
<li>We report facts and say where they come from.</li>
<li>We correct our mistakes openly. If you find one, please let us know.</li>
<li>We do not raise money through this site. Anyone who wishes to fund human rights work in Belarus should approach established organisations directly.</li>
<li>We have no ties to any political party.</li>
</ul>
<h2>Comments</h2>
<p>Readers are welcome to comment on our articles. Comments are moderated and may be held for review before they appear. We remove abuse, personal attacks, advertising and anything that could expose people in Belarus to risk. Email addresses given with a comment are never shown on the site.</p>
<h2>Contact</h2>
<p>You can reach the editors by email at <a href="mailto:newsroom@example.org">newsroom@example.org</a>. We read every message, though we cannot always answer quickly. Journalists who want to speak to a Viasna representative will get a faster answer by contacting the organisation itself.</p>`,
  },
  {
    slug: "ales-bialiatski",
    kind: "PAGE",
    status: "PUBLISHED",
    publishedAt: "2011-08-08T10:05:00Z",
    language: "en",
    title: "Who is Ales Bialiatski",
    excerpt:
      "Writer, literary scholar and founder of Viasna: a short biography of the Belarusian human rights defender at the centre of this campaign.",
    categories: [],
    tags: ["ales-bialiatski", "viasna", "fidh"],
    regions: ["belarus"],
    author: "editor",
    body: `<p>Ales Bialiatski is a Belarusian human rights defender, writer and scholar of Belarusian literature. In 1996 he founded the Human Rights Centre "Viasna", which he has led ever since. In 2007 he became a vice-president of the International Federation for Human Rights (FIDH), the first person from a former Soviet republic to be elected to its international board.</p>
<h2>Early years</h2>
<p>He was born on 25 September 1962 and studied history and philology at the university in Homiel. During the 1980s, while Belarus was still a Soviet republic, he took part in the movement for democracy and for the revival of Belarusian culture. He helped to organise young writers, joined the Belarusian Writers' Union and was one of the founders of the Belarusian Popular Front. In 1988 his activism brought him his first spell in detention.</p>
<p>For most of the following decade he ran the literary museum in Minsk devoted to the poet Maksim Bahdanovich.</p>
<h2>Viasna</h2>
<p>He created Viasna in 1996, two years after Alexander Lukashenka took power, to give legal and practical support to people persecuted for their views and to their families. It grew into the best-known human rights organisation in the country, with monitors in many regions. In 2003 the authorities had it dissolved by the courts, and every later request to register it has been refused. Its members have continued to work all the same.</p>
<h2>Arrest and imprisonment</h2>
<p>He was arrested on 4 August 2011 and accused of concealing income on an especially large scale, over funds held abroad to pay for Viasna's work. On 24 November 2011 a Minsk court gave him four and a half years in a strict-regime penal colony and ordered his property confiscated. Amnesty International declared him a prisoner of conscience, and in 2012 the UN Working Group on Arbitrary Detention concluded that his detention was arbitrary. He served his sentence in a penal colony in Babruisk until an amnesty freed him on 21 June 2014, after 1052 days in custody.</p>
<h2>Recognition</h2>
<ul>
<li>Homo Homini award of the Czech organisation People in Need, 2005</li>
<li>Per Anger Prize of the Swedish government, 2006</li>
<li>Human Rights Defender Award of the US Department of State, 2011</li>
<li>Lech Wałęsa Award and Petra Kelly Prize, 2012</li>
<li>Václav Havel Human Rights Prize of the Parliamentary Assembly of the Council of Europe, 2013</li>
<li>Civil Rights Defender of the Year, awarded by Civil Rights Defenders, 2014</li>
</ul>
<p>He has been nominated for the Nobel Peace Prize and is an honorary citizen of Paris.</p>
<h2>Later events</h2>
<p>This site covers the campaign of 2011 to 2014. After his release he went back to work at Viasna. He was arrested again in July 2021, during a new wave of repression, and in 2022 he shared the Nobel Peace Prize with the Russian organisation Memorial and the Ukrainian Center for Civil Liberties. In March 2023 a court in Minsk sentenced him to ten years in prison.</p>`,
  },
  {
    slug: "take-action",
    kind: "PAGE",
    status: "PUBLISHED",
    publishedAt: "2011-08-10T09:00:00Z",
    language: "en",
    title: "How you can help",
    excerpt:
      "Write to prisoners, tell others about the case and ask your representatives to act: practical steps that anyone can take.",
    categories: [],
    tags: ["postcards", "solidarity", "political-prisoners"],
    regions: [],
    author: "editor",
    body: `<p>Campaigns for political prisoners depend on ordinary people who refuse to let their names be forgotten. You do not need to be an expert or a member of any organisation to help. These are the things that made a difference during this campaign.</p>
<h2>Write a postcard</h2>
<p>A card breaks the isolation that prison is meant to impose, and it shows the staff who handle the mail that someone outside is watching. While Ales Bialiatski was in prison, his wife told human rights organisations more than once how much the cards he received helped him.</p>
<ul>
<li>Keep it short, personal and kind: a greeting, a line about yourself, a picture of your town.</li>
<li>Write in Belarusian, Russian or English.</li>
<li>Leave out political slogans. Censors read prison mail, and a card that looks like a protest may never be handed over.</li>
<li>Do not wait for an answer. What prisoners may send out is limited.</li>
<li>Check the address before you write. Prisoners are moved between detention centres and colonies, and Viasna publishes up-to-date information on <a href="https://spring96.org">its website</a>.</li>
</ul>
<p>During his pre-trial detention in 2011, cards reached Ales at <strong>Ales Bialiatski, SIZA-1, 2 Valadarski Street, 220030 Minsk, Belarus</strong>. He was later moved to a penal colony in Babruisk, so this address is kept here only as a record.</p>
<h2>Spread the word</h2>
<ul>
<li>Share our articles with friends and colleagues and on social networks. Supporters used the hashtag #freeales throughout the campaign.</li>
<li>Talk about the case at your school, university, trade union, club or place of worship.</li>
<li>Translate an article into your own language and send it to us at <a href="mailto:newsroom@example.org">newsroom@example.org</a>. We are glad to publish translations.</li>
<li>Mark 4 August, the International Day of Solidarity with Belarusian Civil Society, with a message, a photograph or a small gathering.</li>
</ul>
<h2>Ask decision-makers to act</h2>
<p>Governments, parliaments and city councils have real influence. Write to your member of parliament or to your foreign ministry and ask one simple question: what are you doing to help free the political prisoners of Belarus? Local government can act too. The city of Paris made Ales Bialiatski an honorary citizen while he was behind bars.</p>
<h2>Be careful and respectful</h2>
<ul>
<li>Do not post private details about prisoners' families online.</li>
<li>Do not contact relatives in Belarus unless they have asked to be contacted. Calls and messages may be monitored.</li>
<li>Check facts before sharing them. Rumours can cause real harm to the people concerned.</li>
</ul>
<p>This site does not collect money. The most valuable things you can give are your attention and your voice.</p>`,
  },

  // ----- 2011 --------------------------------------------------------------
  {
    slug: "ales-bialiatski-detained-in-minsk",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2011-08-05T09:30:00Z",
    language: "en",
    title: "Ales Bialiatski detained in Minsk",
    excerpt:
      "The head of the Human Rights Centre Viasna and vice-president of FIDH was arrested on 4 August 2011 and accused of hiding income on an especially large scale, a charge that carries up to seven years in prison.",
    categories: ["news"],
    tags: ["ales-bialiatski", "viasna", "fidh", "political-prisoners"],
    regions: ["belarus"],
    cover: {
      file: "/demo/prison-window.svg",
      alt: "A barred window set high in a dark blue prison wall, with pale morning light and a low sun beyond the bars, a small red bird on the sill and a pale beam of light falling across the floor.",
      caption: "Viasna's chairman has been held in pre-trial detention since 4 August 2011.",
      credit: CREDIT,
    },
    author: "editor",
    body: `<p>Ales Bialiatski, chairman of the Human Rights Centre "Viasna" and one of the vice-presidents of the International Federation for Human Rights (FIDH), was arrested in Minsk on Thursday, 4 August 2011. Investigators accuse him of concealing income on an especially large scale. Under the Belarusian criminal code, the offence is punishable by up to seven years in prison.</p>
<p>He is being held in the pre-trial detention centre SIZA-1 on Valadarski Street in central Minsk. His family and colleagues have so far received very little information about how he is being treated.</p>
<h2>Money for human rights work</h2>
<p>The case is about funds kept in bank accounts outside the country. The authorities stripped Viasna of its registration in 2003 and have rejected every application to register it since. An unregistered group cannot open a bank account in Belarus, and taking part in the work of such a group is itself an offence. The money that paid for Viasna's legal aid, its monitoring of trials and its support for the families of detainees therefore had to be held in neighbouring countries.</p>
<p>For the organisations that have worked alongside him for years, the purpose of the charge is obvious. It punishes the financing of human rights work, and it is meant to bring that work to a halt.</p>
<h2>Eight months after the election</h2>
<p>The arrest comes in the wake of the presidential election of 19 December 2010. That night a protest in Minsk was broken up by force and hundreds of people were detained. Since then journalists, lawyers, opposition figures and human rights defenders have been under steadily increasing pressure. Three former presidential candidates, Andrei Sannikau, Mikalai Statkevich and Dzmitry Uss, are still in prison.</p>
<p>Throughout these months Viasna recorded arrests, observed trials and helped people who had been detained, and Ales Bialiatski was among the most persistent voices demanding their release. The economic crisis of 2011 added to the strain: the weekly "silent protests" in city squares and the demonstrations against fuel price rises kept the organisation's monitors busy through the spring and summer.</p>
<h2>What we ask</h2>
<ul>
<li>The immediate and unconditional release of Ales Bialiatski.</li>
<li>The release of all political prisoners in Belarus.</li>
<li>An end to the harassment of civil society, so that human rights defenders can work without fear.</li>
</ul>
<p>This site will follow the case, the conditions of his detention and the international response. If you want to help, look out for the first campaign actions, which we will publish here in the coming weeks.</p>`,
  },
  {
    slug: "viasna-and-fidh-what-the-tax-case-is-about",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2011-08-19T08:00:00Z",
    language: "en",
    title: `"Viasna" & FIDH: why a tax charge is really about human rights work`,
    excerpt:
      "Viasna has been refused registration since 2003, and FIDH counts its chairman among its vice-presidents. A short guide to both organisations and to why the case against Ales Bialiatski concerns them.",
    categories: ["background"],
    tags: ["viasna", "fidh", "ales-bialiatski"],
    regions: ["belarus", "international"],
    author: "author",
    body: `<p>Two weeks after the arrest of Ales Bialiatski, many readers have asked us how a tax case can be a human rights case. The answer lies in the history of the two organisations he serves.</p>
<h2>Viasna: help for the persecuted</h2>
<p>Ales Bialiatski founded Viasna in 1996, two years after Alexander Lukashenka came to power. From the beginning the group gave legal advice and practical help to civic and political activists facing prosecution, and to prisoners and their families. Over the years it built up a network of monitors around the country who record arrests, sit in on trials and report on conditions in detention.</p>
<p>In 2003 the authorities had the organisation dissolved through the courts, and every application to register it again has been turned down. Belarusian law makes it an offence to act on behalf of an unregistered association, so Viasna's members work under permanent legal risk. Without registration there is also no way to hold a bank account in the organisation's name inside the country.</p>
<h2>How the money question arose</h2>
<p>Viasna therefore kept the funds it received from partners in accounts in Lithuania and Poland, opened in personal names. Ales Bialiatski has explained that this arrangement was forced on the organisation by the refusal to register it. The prosecution now presents the same money as his own undeclared income. Put simply, a situation created by the state is being used to punish the man who found a way to keep working in spite of it.</p>
<h2>FIDH: a worldwide federation</h2>
<p>The International Federation for Human Rights brings together 164 member organisations in more than 100 countries. It works on the whole range of rights in the Universal Declaration of Human Rights, civil and political as well as economic, social and cultural. Its methods include urgent appeals, fact-finding missions, trial observation, litigation and advocacy with governments and international institutions.</p>
<p>Viasna joined the federation in 2004. Three years later its chairman was elected a vice-president of FIDH, the first person from a former Soviet republic to sit on the federation's international board. Together with the World Organisation Against Torture, FIDH also runs the Observatory for the Protection of Human Rights Defenders, which follows cases like his.</p>
<h2>Why both are affected</h2>
<p>For Viasna, the arrest takes away the person who has held the organisation together through years of pressure. For FIDH and its members, it is a signal that international ties will not shield a defender in Belarus. That is why both are urging governments and international bodies to treat this as a case about freedom of association rather than about taxes.</p>`,
  },
  {
    slug: "birthday-postcards-for-ales",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2011-09-13T07:00:00Z",
    language: "en",
    title: "Send Ales a card for his birthday on 25 September",
    excerpt:
      "Ales Bialiatski turns 49 on Sunday 25 September, in a Minsk detention centre. A postcard is a simple way to ease his isolation and to show that he has not been forgotten.",
    categories: ["actions"],
    tags: ["ales-bialiatski", "postcards", "solidarity"],
    regions: ["belarus", "international"],
    cover: {
      file: "/demo/postcard.svg",
      alt: "An illustrated postcard lying on a deep blue background: wavy blue lines stand in for handwriting, and a red-bordered stamp showing a blue cornflower sits beside a grey postmark and three address lines.",
      caption: "A few warm lines are enough. What matters is that the card arrives.",
      credit: CREDIT,
    },
    author: "author",
    body: `<p>On Sunday, 25 September, Ales Bialiatski will turn 49 in a prison cell. He has been in pre-trial detention in Minsk since his arrest on 4 August, and he will almost certainly still be there on his birthday. We invite everyone who follows his case to send him a card.</p>
<h2>Why a card matters</h2>
<p>Detention is built to cut a person off. Visits are rare, telephone calls are not allowed and news from outside arrives late, if at all. A card from a stranger abroad tells a prisoner that people know his name and are paying attention. It tells the staff who sort the post the same thing.</p>
<h2>Where to send it</h2>
<p>Cards should go to the pre-trial detention centre in Minsk:</p>
<blockquote><p><strong>Ales Bialiatski, SIZA-1, 2 Valadarski Street, 220030 Minsk, Belarus</strong></p></blockquote>
<p>International post can be slow, so it is worth sending your card in the next few days. If it arrives after the 25th, it will still be welcome.</p>
<h2>Practical tips</h2>
<ul>
<li>Keep it short and warm: birthday wishes, a line about where you live, a picture of your town or your garden.</li>
<li>Write in Belarusian, Russian or English. Plain language has the best chance of getting through.</li>
<li>Avoid slogans and political statements. Mail is read before it is handed over, and a card that looks like a protest is more likely to be held back.</li>
<li>Do not expect an answer. What detainees can send out is restricted, and silence does not mean your card went astray.</li>
<li>Sign with your first name and your country, so that he can see how far the support reaches.</li>
</ul>
<h2>Pass it on</h2>
<p>Ask friends, colleagues, your school or your local group to write too. If you share a photo of your card online, leave out personal details such as your home address. And if you are not sure what to say, a wish for good health and an early return home says it all.</p>
<aside data-action="share" data-hashtag="#FreeAles" data-text="Send Ales Bialiatski a birthday card in prison"></aside>
<aside data-action="donate" data-href="/take-action" data-label="Support Civil Rights Defenders" data-text="Support Civil Rights Defenders with a donation: with your help they can do even more."></aside>`,
    comments: [
      {
        key: "c1",
        authorName: "Ingrid Lindqvist",
        authorEmail: "ingrid.lindqvist@example.org",
        authorUrl: "https://example.org/uppsala-reading-circle",
        body: "<p>Our reading circle in Uppsala wrote eleven cards last night. We chose cornflowers for the front and kept the messages short, as you suggested.</p>",
        status: "APPROVED",
        daysAfterPublish: 1,
      },
      {
        key: "c2",
        parentKey: "c1",
        authorName: "Hanna Kavaliova",
        authorEmail: "hanna.kavaliova@example.org",
        body: "<p>Thank you from Hrodna! Cornflowers are a lovely choice. Many people here will understand what they mean.</p>",
        status: "APPROVED",
        daysAfterPublish: 1.5,
      },
      {
        key: "c3",
        parentKey: "c2",
        authorName: "Ingrid Lindqvist",
        authorEmail: "ingrid.lindqvist@example.org",
        authorUrl: "https://example.org/uppsala-reading-circle",
        body: "<p>Glad to hear it. Should we also write the address in Cyrillic, or is the Latin version from the article enough?</p>",
        status: "APPROVED",
        daysAfterPublish: 2,
      },
      {
        key: "c4",
        parentKey: "c3",
        authorName: "Hanna Kavaliova",
        authorEmail: "hanna.kavaliova@example.org",
        body: "<p>The Latin version is fine for international post. Adding a Cyrillic line underneath does no harm, though.</p>",
        status: "APPROVED",
        daysAfterPublish: 2.5,
      },
      {
        key: "c5",
        authorName: "Tomasz Wiśniewski",
        authorEmail: "tomasz.wisniewski@example.org",
        body: "<p>Posted two cards from Lublin today, one of them in Belarusian with help from a colleague. <em>Sto lat</em>, Ales!</p>",
        status: "APPROVED",
        daysAfterPublish: 3,
      },
      {
        key: "c6",
        authorName: "Marco Ferri",
        authorEmail: "marco.ferri@example.org",
        body: "<p>Is it still worth sending a card after the 25th? Mine will probably only arrive in October.</p>",
        status: "PENDING",
        daysAfterPublish: 11,
      },
    ],
  },
  {
    slug: "sentenced-to-four-and-a-half-years",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2011-11-24T17:00:00Z",
    language: "en",
    title: "Ales Bialiatski sentenced to four and a half years",
    excerpt:
      "A Minsk court has sentenced the chairman of Viasna to four and a half years in a strict-regime penal colony and ordered his property confiscated. Human rights organisations call the verdict political.",
    categories: ["news"],
    tags: ["ales-bialiatski", "viasna", "political-prisoners", "prisoner-of-conscience"],
    regions: ["belarus"],
    cover: {
      file: "/demo/courthouse.svg",
      alt: "A pale neoclassical courthouse with six columns and a triangular pediment under a night-blue sky, with a few small dark figures, one in red, waiting at the foot of its steps.",
      caption: "The verdict was delivered in Minsk on 24 November 2011.",
      credit: CREDIT,
    },
    author: "editor",
    body: `<p>On 24 November 2011 the Pershamaiski District Court in Minsk found Ales Bialiatski guilty of concealing income on an especially large scale. The judge sentenced him to four and a half years of imprisonment in a strict-regime penal colony and ordered the confiscation of his property, including the premises that Viasna had been using as its office.</p>
<p>Counted from the day of his arrest, the sentence would keep him in prison until February 2016.</p>
<h2>What the court chose to ignore</h2>
<p>Throughout the hearings the defence argued that the money in question was never private income. It had been raised to pay for Viasna's work, and it was held abroad only because an organisation refused registration since 2003 has no way to keep an account at home. Ales Bialiatski told the court that he had been left with no other means of keeping the work going. The judgment gave those arguments no weight.</p>
<p>Human rights organisations that followed the proceedings say the trial did not meet international standards of fairness. Amnesty International has recognised him as a prisoner of conscience, jailed solely for his peaceful human rights activity.</p>
<h2>A warning to civil society</h2>
<p>The verdict concerns more than one man. By imprisoning the country's best-known human rights defender, the authorities are warning everyone who documents abuses, assists detainees or accepts support from abroad. Several people jailed after the December 2010 election also remain behind bars, and their families depend on exactly the kind of help Viasna has provided.</p>
<h2>What happens next</h2>
<p>The defence is expected to appeal to the Minsk City Court. Until the appeal is heard he will stay in the detention centre in Minsk, and cards can still be sent to the SIZA-1 address we published in September. Once the sentence takes effect, he is likely to be transferred to a colony elsewhere in the country.</p>
<p>We repeat our call for his immediate and unconditional release and for this conviction to be overturned. We also ask the governments that have already spoken about the case to make clear to the Belarusian authorities that they do not regard today's verdict as the end of the matter.</p>`,
    comments: [
      {
        key: "c1",
        authorName: "Claire Dubois",
        authorEmail: "claire.dubois@example.org",
        body: "<p>Four and a half years for keeping alive an organisation the state refused to register. We will keep writing to him from Lyon.</p>",
        status: "APPROVED",
        daysAfterPublish: 0.2,
      },
      {
        key: "c2",
        authorName: "Jonas Petrauskas",
        authorEmail: "jonas.petrauskas@example.org",
        body: "<p>Can this verdict still be appealed, or is it final?</p>",
        status: "APPROVED",
        daysAfterPublish: 1,
      },
      {
        key: "c3",
        parentKey: "c2",
        authorName: "Olga Marchenko",
        authorEmail: "olga.marchenko@example.org",
        body: "<p>As the article says, the defence can take it to the Minsk City Court. Let us hope the judges there listen.</p>",
        status: "APPROVED",
        daysAfterPublish: 1.3,
      },
      {
        key: "c4",
        authorName: "David Okafor",
        authorEmail: "david.okafor@example.org",
        authorUrl: "https://example.org/leeds-letter-writers",
        body: "<p>Shared this with our letter-writing group in Leeds. His name is now on the list for our December evening.</p>",
        status: "APPROVED",
        daysAfterPublish: 2,
      },
    ],
  },

  // ----- 2012 --------------------------------------------------------------
  {
    slug: "appeal-rejected-minsk-city-court",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2012-01-25T10:00:00Z",
    language: "en",
    title: "Minsk City Court upholds the verdict against Ales Bialiatski",
    excerpt:
      "On 24 January 2012 the Minsk City Court rejected the appeal of Ales Bialiatski, leaving in place his sentence of four and a half years and the confiscation of his property.",
    categories: ["news"],
    tags: ["ales-bialiatski", "political-prisoners", "human-rights-prizes"],
    regions: ["belarus"],
    commentsOpen: false,
    author: "author",
    body: `<p>The Minsk City Court dismissed the appeal of Ales Bialiatski on 24 January 2012. The judges left the November verdict untouched: four and a half years in a strict-regime colony and the confiscation of his property. All the motions submitted by his lawyers were rejected.</p>
<p>With the appeal decided, the sentence has now taken effect. Over the coming weeks he is expected to be moved from the pre-trial detention centre in Minsk to a penal colony. Families often learn of such transfers only once they have taken place, so it may be some time before a new address for letters is known. We will publish it as soon as it has been confirmed.</p>
<h2>Recognition from abroad</h2>
<p>While the courts in Minsk dealt with his case, recognition of his work kept growing elsewhere. Last year the United States Department of State gave him its Human Rights Defender Award, recognising years of help to people persecuted for political reasons and to their relatives. Sweden honoured him with its Per Anger Prize in 2006, on the nomination of Civil Rights Defenders, and a year before that the Czech organisation People in Need had given him its Homo Homini award.</p>
<p>None of this has softened the position of the Belarusian authorities. It does, however, make it harder for them to describe him as an ordinary tax evader, and it keeps the case on the desks of diplomats who deal with Minsk.</p>
<h2>What you can do</h2>
<ul>
<li>Keep writing. Cards already on their way are not wasted, and we will share the new address as soon as we have it.</li>
<li>Ask your member of parliament or your foreign ministry what they are doing about the case.</li>
<li>Share this update, and the reasons the case matters, with people who have not yet heard of it.</li>
</ul>
<p>Comments on this short update are closed. Readers who wish to discuss the case can do so under our report on the verdict of 24 November.</p>`,
  },
  {
    slug: "one-year-day-of-solidarity",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2012-08-04T08:00:00Z",
    language: "en",
    title: "One year in prison: 4 August becomes a day of solidarity with Belarusian civil society",
    excerpt:
      "A year after the arrest of Ales Bialiatski, human rights organisations are marking 4 August for the first time as an international day of solidarity with civil society in Belarus.",
    categories: ["actions", "news"],
    tags: ["solidarity", "ales-bialiatski", "political-prisoners", "viasna"],
    regions: ["belarus", "europe", "international"],
    cover: {
      file: "/demo/linked-hands.svg",
      alt: "Seven simple figures in deep blue, red and grey standing in a row with their arms raised, holding hands, in front of a pale sun on an off-white background.",
      caption: "4 August: a day to stand with those who defend rights in Belarus.",
      credit: CREDIT,
    },
    author: "editor",
    body: `<p>Today Ales Bialiatski has spent a full year in prison. Human rights organisations have chosen this anniversary to hold, for the first time, an International Day of Solidarity with Belarusian Civil Society. From now on, 4 August is meant to be a day on which people outside Belarus remember not only him but everyone in the country who is punished for defending rights and freedoms.</p>
<h2>A year of confinement</h2>
<p>After the Minsk City Court confirmed his sentence in January, he was sent to a penal colony in Babruisk, in the east of the country, where, like the other inmates, he is made to work. His family and colleagues say that his contact with the outside world is tightly controlled, and that the letters and cards that do reach him mean a great deal.</p>
<p>Viasna has carried on without him. Its members still monitor trials, support the families of prisoners and document pressure on activists, even though the organisation has no legal status and its leader is behind bars.</p>
<h2>The case at the United Nations</h2>
<p>In April the Observatory for the Protection of Human Rights Defenders, a joint programme of FIDH and the World Organisation Against Torture, asked the UN Working Group on Arbitrary Detention to examine whether his imprisonment is lawful. The Working Group passed the complaint to the Belarusian government for its reply. We will report on its conclusions as soon as they are made public.</p>
<h2>How to take part today</h2>
<ul>
<li>Write a card or a letter to Ales, or to another political prisoner in Belarus.</li>
<li>Post a photograph or a short message of support online and mention the day, so that others can find it.</li>
<li>Ask your government what it is doing to obtain the release of political prisoners in Belarus.</li>
<li>Light a candle, hold a small gathering with friends, or simply tell someone about the case.</li>
</ul>
<p>Solidarity does not open prison doors on its own. It does make it harder for the authorities to behave as though nobody is watching, and it tells the people inside that they have not been forgotten.</p>`,
  },
  {
    slug: "alesyu-belyatskomu-50-let",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2012-09-25T07:00:00Z",
    language: "ru",
    title: "Алесю Беляцкому — 50 лет: второй день рождения за решёткой",
    excerpt:
      "25 сентября 2012 года правозащитнику исполняется 50 лет. Этот день он встречает в колонии в Бобруйске, и мы предлагаем поздравить его открыткой.",
    categories: ["actions"],
    tags: ["ales-bialiatski", "postcards", "solidarity"],
    regions: ["belarus"],
    author: "author",
    body: `<p>Сегодня, 25 сентября, Алесю Беляцкому исполняется 50 лет. Председатель Правозащитного центра «Весна» и вице-президент Международной федерации за права человека (FIDH) встречает юбилей в заключении — уже второй день рождения подряд.</p>
<p>Беляцкого задержали в Минске 4 августа 2011 года. В ноябре того же года суд приговорил его к четырём с половиной годам лишения свободы в колонии усиленного режима с конфискацией имущества по обвинению в сокрытии доходов в особо крупном размере. Правозащитные организации во всём мире считают это дело расправой за правозащитную деятельность, а Amnesty International признала его узником совести.</p>
<p>После того как приговор вступил в силу, Беляцкого этапировали в исправительную колонию в Бобруйске. Там он работает, а его связь с внешним миром сильно ограничена. Близкие говорят, что письма и открытки помогают ему переносить изоляцию.</p>
<h2>Как поздравить</h2>
<ul>
<li>Напишите короткую тёплую открытку на белорусском, русском или английском языке.</li>
<li>Обойдитесь без лозунгов: переписка в колонии проходит цензуру.</li>
<li>Актуальный адрес колонии уточняйте у Правозащитного центра «Весна»: <a href="https://spring96.org">spring96.org</a>.</li>
<li>Расскажите о дне рождения Алеся друзьям и коллегам.</li>
</ul>
<p>Год назад многие из вас отправили ему поздравления в минский следственный изолятор. Давайте сделаем так, чтобы и в этом году он получил как можно больше писем.</p>`,
  },
  {
    slug: "un-working-group-finds-detention-arbitrary",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2012-11-26T09:00:00Z",
    language: "en",
    title: "UN Working Group: the detention of Ales Bialiatski is arbitrary",
    excerpt:
      "In an opinion made public on 23 November 2012, the UN Working Group on Arbitrary Detention found that Ales Bialiatski is held for exercising his freedom of association, and called for his release and compensation.",
    categories: ["statements", "international-reactions"],
    tags: ["ales-bialiatski", "viasna", "political-prisoners"],
    regions: ["united-nations", "belarus"],
    author: "editor",
    body: `<p>The United Nations Working Group on Arbitrary Detention has concluded that the imprisonment of Ales Bialiatski is arbitrary. Its opinion, No. 39/2012, was adopted at the Working Group's session at the end of August and made public on 23 November 2012. It responds to a complaint lodged in April by the Observatory for the Protection of Human Rights Defenders, the joint programme of FIDH and the World Organisation Against Torture.</p>
<h2>What the experts found</h2>
<p>The five independent experts went to the core of the prosecution: the money held in bank accounts outside Belarus. They accepted that these funds had been raised to keep Viasna running after the government had deregistered the organisation and taken steps to dissolve it. In their view, a state cannot first deprive an association of legal status and then build a criminal case on what its members did in order to keep working.</p>
<p>The Working Group also noted that Belarusian rules on tax exemptions make no provision for human rights work. It recalled that states bound by the International Covenant on Civil and Political Rights must not only refrain from interfering with associations but also enable them to operate, for example by allowing them to receive funding from abroad.</p>
<p>Its conclusion is that Ales Bialiatski has been deprived of his liberty for exercising the right to freedom of association, protected by article 20 of the Universal Declaration of Human Rights and article 22 of the Covenant. That places his case among those in which detention results directly from the exercise of fundamental rights.</p>
<h2>The remedy</h2>
<p>According to the experts, the appropriate remedy is to free him and to give him a right to compensation that he can actually enforce. Belarus is a party to the Covenant, and the government was given the opportunity to answer the complaint before the opinion was adopted.</p>
<h2>Our response</h2>
<p>This is the clearest statement so far by an independent UN body that the case is about human rights work and not about taxes. We call on the Belarusian authorities to act on the opinion without delay and set Ales Bialiatski free. We also ask the governments represented on the UN Human Rights Council to raise the opinion with Minsk and to insist that it be carried out.</p>`,
  },

  // ----- 2013 --------------------------------------------------------------
  {
    slug: "belarus-rejects-un-working-group",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2013-03-08T10:00:00Z",
    language: "en",
    title: "At the Human Rights Council, Belarus rejects the UN opinion on Bialiatski",
    excerpt:
      "Instead of releasing Ales Bialiatski, the Belarusian delegation at the UN Human Rights Council challenged the Working Group on Arbitrary Detention and said it saw no reason to keep cooperating with it.",
    categories: ["news"],
    tags: ["ales-bialiatski", "political-prisoners"],
    regions: ["united-nations", "belarus"],
    author: "author",
    body: `<p>More than three months after the UN Working Group on Arbitrary Detention called for the release of Ales Bialiatski, the Belarusian government has given its answer. It is not the one we had hoped for.</p>
<p>Speaking on 5 March 2013 at the 22nd session of the UN Human Rights Council in Geneva, the delegation of Belarus contested the Working Group's authority to examine the case and called its opinion interference in the country's internal affairs. The delegation went further and announced that Belarus no longer saw any grounds for working with the Working Group as it is currently set up.</p>
<h2>Why this matters</h2>
<p>The Working Group is not an outside critic. It was created by the UN's own human rights bodies, reports to the Human Rights Council and is made up of independent experts chosen for their impartiality. Every member state, Belarus included, is expected to engage with it. Walking away because of an unwelcome finding weakens a system that exists to protect people in every country.</p>
<p>The statement also fits a wider pattern. Belarus refuses to recognise the mandate of the UN Special Rapporteur on the situation of human rights in Belarus, which the Council created in 2012, and has not allowed the Rapporteur, Miklós Haraszti, to visit the country.</p>
<h2>No improvement in Babruisk</h2>
<p>While the diplomatic dispute goes on, the news from the colony in Babruisk is worrying. His wife, Natallia Pinchuk, has not been allowed to visit him since December, and food parcels have been turned away. Other prisoners have reportedly been warned not to talk to him.</p>
<h2>What we ask of governments</h2>
<ul>
<li>Raise the Working Group's opinion in every bilateral contact with Belarus.</li>
<li>Support the mandate of the Special Rapporteur and insist that he be given access.</li>
<li>Make the release of all political prisoners a condition for any improvement in relations.</li>
</ul>
<p>A government that rejects the findings of independent UN experts should not expect them to be quietly forgotten. We will keep bringing them up until Ales Bialiatski is free.</p>`,
  },
  {
    slug: "re-elected-fidh-vice-president",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2013-05-29T09:00:00Z",
    language: "en",
    title: "FIDH members re-elect Ales Bialiatski as vice-president",
    excerpt:
      "At its congress in May 2013, FIDH's member organisations voted to keep the jailed Viasna chairman on the federation's international board, a clear message of support from human rights groups worldwide.",
    categories: ["news"],
    tags: ["fidh", "ales-bialiatski", "solidarity", "political-prisoners"],
    regions: ["international", "belarus"],
    author: "editor",
    body: `<p>The member organisations of the International Federation for Human Rights have re-elected Ales Bialiatski as one of their vice-presidents. The vote took place at the federation's congress in May 2013, where human rights leagues from every region of the world met to choose a new international board. The same congress elected Karim Lahidji as president of FIDH, succeeding Souhayr Belhassen.</p>
<p>Ales Bialiatski could not be there. He is serving his sentence in the penal colony in Babruisk, where he is put to work every day alongside the other prisoners. His re-election is nonetheless more than a gesture: the federation's governing body continues to include a man whom the Belarusian authorities have tried hard to present as a common criminal.</p>
<h2>A report on continuing repression</h2>
<p>This spring FIDH and Viasna published a joint document on the treatment of political prisoners in Belarus. It describes the pressure placed on people still serving their sentences, and on former prisoners and on human rights defenders once they are out. Those who have been freed often live under restrictions that make an ordinary life impossible, and some have faced fresh charges.</p>
<p>When the findings were presented, Souhayr Belhassen, then president of FIDH, said they showed that the authorities had not changed course and were looking for still harsher ways to deal with dissent. She warned that released prisoners could be sent back to prison at any moment, and that the authorities were using the lives and liberty of activists as bargaining chips.</p>
<h2>What the vote means</h2>
<p>For Ales Bialiatski, the message from his colleagues is that they do not accept the verdict against him and will continue to treat him as what he is: a human rights defender. For the Belarusian authorities, it is a reminder that human rights organisations around the world are following the case and will keep raising it.</p>
<p>We thank all the member organisations that took part in the vote, and we ask them to carry the message home: write to Ales, talk to your governments, and keep the political prisoners of Belarus on the agenda.</p>`,
  },
  {
    slug: "brussels-demonstration-makei-visit",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2013-07-23T12:00:00Z",
    language: "en",
    title: "In Brussels, a demonstration as the Belarusian foreign minister visits",
    excerpt:
      "On 22 July 2013, as Foreign Minister Uladzimir Makei held talks in Brussels, FIDH demonstrated for the release and rehabilitation of political prisoners in Belarus.",
    categories: ["actions", "statements"],
    tags: ["fidh", "political-prisoners", "rehabilitation", "solidarity"],
    regions: ["europe", "belarus"],
    author: "author",
    body: `<p>When the Belarusian foreign minister, Uladzimir Makei, came to Brussels on 22 July 2013, officials were not the only people waiting for him. FIDH held a demonstration in the city calling for the release and full rehabilitation of all political prisoners in Belarus, among them its own vice-president, Ales Bialiatski.</p>
<p>The visit was possible because the European Union had lifted the entry ban that had applied to the minister. For many human rights defenders, that decision raised an uncomfortable question: what has Belarus offered in return?</p>
<h2>Our concern</h2>
<p>Dialogue between the EU and Belarus is not a problem in itself. Talking can help, and isolation has costs for ordinary Belarusians. But the EU has said many times that it will not consider a genuine improvement in relations until every political prisoner is free, and on that front nothing has changed. Ales Bialiatski is still in the colony in Babruisk, other political prisoners are still serving their sentences, and those who have been released still live with limits on their rights.</p>
<p>The demonstrators asked the European institutions to keep lasting progress on human rights as the central condition for any return to political dialogue. The release of one or two prisoners, followed by new arrests, should not be mistaken for change.</p>
<h2>Rehabilitation, not only release</h2>
<p>The demand for rehabilitation matters. A prisoner who is let out while the conviction stands still has a criminal record, may face police supervision or a ban on standing for election, and can be sent back to prison if accused of breaking the conditions of release. Real change would mean quashing politically motivated convictions and restoring full civil and political rights to those concerned.</p>
<h2>What you can do</h2>
<ul>
<li>Write to your foreign ministry and ask how it uses its contacts with Minsk to press for the release of political prisoners.</li>
<li>If you live in the EU, ask your members of the European Parliament to follow the dialogue with Belarus closely.</li>
<li>Share this article with the hashtag #freeales.</li>
</ul>`,
  },
  {
    slug: "two-years-behind-bars",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2013-08-04T07:00:00Z",
    language: "en",
    title: "Two years behind bars: Ales Bialiatski in the Babruisk colony",
    excerpt:
      "On 4 August 2013 Ales Bialiatski marks two years in prison. His wife has been barred from visiting since December, food parcels are refused and his health is suffering.",
    categories: ["news", "actions"],
    tags: ["ales-bialiatski", "political-prisoners", "solidarity", "human-rights-prizes"],
    regions: ["belarus", "international"],
    cover: {
      file: "/demo/candles.svg",
      alt: "Five white candles of different heights burning on a dark table against a deep blue background, each with a red and gold flame and a soft glow around it.",
      caption: "Two years since his arrest on 4 August 2011.",
      credit: CREDIT,
    },
    author: "editor",
    body: `<p>Two years ago today, Ales Bialiatski was arrested in Minsk. He is still in prison, as are eleven other people whom Belarusian human rights defenders regard as political prisoners. Until the day of his arrest, he was working to defend their rights.</p>
<h2>Conditions in Babruisk</h2>
<p>He is serving his sentence in the penal colony in Babruisk, where he must work every day together with the other inmates. What we hear about his treatment is troubling:</p>
<ul>
<li>Other prisoners have been told not to speak to him, which leaves him isolated even inside the colony.</li>
<li>His wife, Natallia Pinchuk, has not been permitted a single visit since December 2012, for reasons we consider pretexts.</li>
<li>Food parcels he is entitled to are regularly withheld, even though the meals provided in the colony are meagre.</li>
<li>He has gone months without fresh fruit or vegetables, and his health has deteriorated as a result.</li>
</ul>
<p>None of this has silenced him. His letters make clear that he does not expect to be released soon, and that he has no intention of giving up.</p>
<h2>A smear campaign that has failed abroad</h2>
<p>Belarusian state media have worked hard to portray him as a common criminal. Outside the country, the effort has not succeeded. He has been nominated for the Nobel Peace Prize and for the new Václav Havel Human Rights Prize of the Parliamentary Assembly of the Council of Europe. Among other honours, he has received the US Department of State's Human Rights Defender Award, the Petra Kelly Prize and the Lech Wałęsa Award. In May, FIDH's member organisations re-elected him as vice-president.</p>
<h2>The UN has spoken, Minsk has not listened</h2>
<p>Last November the UN Working Group on Arbitrary Detention found his detention arbitrary and called for his release and compensation. The only response from the authorities came in March, when their delegation at the UN Human Rights Council announced that Belarus would no longer engage with it.</p>
<h2>Join us today</h2>
<p>Since last year, 4 August has been observed as the International Day of Solidarity with Belarusian Civil Society. Today we ask you to:</p>
<ul>
<li>post a message of support with the hashtag #freeales, and follow @freeales for news;</li>
<li>write a card to Ales or to another political prisoner;</li>
<li>ask your government what it is doing to secure their release.</li>
</ul>
<p>Governments that deal with Minsk should not treat the freedom of prisoners as something to be traded. Ales Bialiatski and every other political prisoner in Belarus should be released now.</p>`,
    comments: [
      {
        key: "c1",
        authorName: "Martin Novák",
        authorEmail: "martin.novak@example.org",
        body: "<p>Two years. Our group in Brno will light candles in the square this evening, as we did last year.</p>",
        status: "APPROVED",
        daysAfterPublish: 0.3,
      },
      {
        key: "c2",
        authorName: "Sarah O'Connell",
        authorEmail: "sarah.oconnell@example.org",
        body: "<p>Reading about the food parcels being turned away is hard. Fresh fruit should not be a privilege for anyone.</p>",
        status: "APPROVED",
        daysAfterPublish: 0.6,
      },
      {
        key: "c3",
        parentKey: "c2",
        authorName: "Elena Rossi",
        authorEmail: "elena.rossi@example.org",
        body: "<p>Agreed. I have written to my MEP and asked her to raise the parcels and the cancelled visits at the next meeting on Belarus.</p>",
        status: "APPROVED",
        daysAfterPublish: 1,
      },
      {
        key: "c4",
        authorName: "Katarzyna Zielińska",
        authorEmail: "katarzyna.zielinska@example.org",
        body: "<p>Is there a list of the other eleven political prisoners somewhere? I would like to write to them as well.</p>",
        status: "PENDING",
        daysAfterPublish: 2,
      },
    ],
  },
  {
    slug: "vaclav-havel-prize-for-ales-bialiatski",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2013-10-04T09:00:00Z",
    language: "en",
    title: "First Václav Havel Human Rights Prize awarded to Ales Bialiatski",
    excerpt:
      "The Parliamentary Assembly of the Council of Europe has given its new human rights prize to Ales Bialiatski. His wife, Natallia Pinchuk, accepted it in Strasbourg on his behalf.",
    categories: ["news", "international-reactions"],
    tags: ["human-rights-prizes", "ales-bialiatski", "political-prisoners"],
    regions: ["europe"],
    cover: {
      file: "/demo/prize-medal.svg",
      alt: "A gold medal with a star at its centre hanging from red, white and grey ribbons, framed by a pale laurel wreath on a deep blue background.",
      caption: "The Václav Havel Human Rights Prize was awarded for the first time in 2013.",
      credit: CREDIT,
    },
    author: "editor",
    body: `<p>Ales Bialiatski is the first laureate of the Václav Havel Human Rights Prize. The Parliamentary Assembly of the Council of Europe (PACE) announced the award in Strasbourg on Monday, 30 September 2013, the opening day of its autumn session. As he is in prison, the prize was presented to his wife, Natallia Pinchuk, at a ceremony in the Palais de l'Europe.</p>
<p>The prize, worth 60,000 euros, rewards outstanding action by civil society in defence of human rights. The Assembly awards it in partnership with the Václav Havel Library and the Charta 77 Foundation, in memory of the Czech playwright, dissident and president. The two other shortlisted nominees, the Georgian Young Lawyers' Association and the Rights Defence Network from China, received diplomas.</p>
<p>Presenting the trophy, PACE President Jean-Claude Mignon spoke of Ales Bialiatski's daily fight against injustice and arbitrary rule, and said he had worked tirelessly so that the people of Belarus might one day enjoy the same standards as the rest of Europe.</p>
<h2>A symbol for those facing repression</h2>
<p>The Assembly's Committee on Political Affairs and Democracy welcomed the choice, saying that he stands for every human rights defender who faces repression in Belarus. On 2 October the committee held a hearing in Strasbourg with Natallia Radzina, editor-in-chief of an independent Belarusian news website, and Aliaksandr Lahviniec, deputy leader of the Movement for Freedom. It then said it was deeply concerned about the conditions in which political prisoners are held, including reports of beatings and torture, and of prisoners being made to undergo psychiatric treatment against their will.</p>
<p>The committee also set out a clear position on relations with Minsk: the Assembly should only pursue talks with the Belarusian authorities if political prisoners are set free.</p>
<h2>Earlier recognition</h2>
<p>The Havel prize joins a long list of honours, among them the Homo Homini award (2005), Sweden's Per Anger Prize (2006), the US State Department's Human Rights Defender Award (2011), and the Lech Wałęsa Award and Petra Kelly Prize (2012). He has also been nominated for the Nobel Peace Prize.</p>
<h2>What a prize can change</h2>
<p>A prize does not unlock a cell. It does make it harder for the authorities to present him as a tax evader, and it reminds the governments of the Council of Europe's member states that his case is still unresolved. We thank the Assembly for its choice and ask its members to keep pressing for his release.</p>`,
  },
  {
    slug: "empty-chair-vilnius-forum",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2013-10-28T10:00:00Z",
    language: "en",
    title: "An empty chair in Vilnius: Natallia Pinchuk urges no retreat on rehabilitation",
    excerpt:
      "At the Third Belarusian Human Rights Defenders Forum, a seat was kept free for Ales Bialiatski. His wife told participants that the demand for full rehabilitation of political prisoners must not be dropped.",
    categories: ["news"],
    tags: ["rehabilitation", "political-prisoners", "viasna", "fidh", "solidarity"],
    regions: ["europe", "belarus"],
    author: "author",
    body: `<p>More than 110 human rights defenders from some 25 Belarusian organisations met in Vilnius on 26 and 27 October 2013 for the Third Belarusian Human Rights Defenders Forum. One seat in the hall remained empty throughout. It had been kept, at his own request, for Ales Bialiatski, who launched this series of forums in 2004, when the first one was held almost secretly near Minsk.</p>
<p>The forum was opened by Tatsiana Reviaka, a member of Viasna's board, and by Karim Lahidji, the new president of FIDH. Knowing that his letters pass through the prison censor, Ales Bialiatski chose not to send a written message. Instead, he let his colleagues know that his thoughts were with them.</p>
<p>Groups working on very different issues, from the rights of people with disabilities to environmental protection and LGBT rights, discussed how to act together under the pressure that has grown since December 2010. One point of agreement was the need to keep supporting the mandate of the UN Special Rapporteur on Belarus.</p>
<h2>Release without rehabilitation is not enough</h2>
<p>Natallia Pinchuk, whose visits to her husband have repeatedly been cancelled by the colony, used the forum to warn against softening the movement's demands. As reported by Radio Svaboda, she noted that some human rights defenders had started to argue in articles and speeches that the demand that political prisoners be fully rehabilitated should be set aside, since the authorities would never agree to it.</p>
<p>She disagreed. In her view, once a demand has been made it should be pursued consistently, and abandoning it would send the wrong signal. She also pointed to the practical side: people released without rehabilitation go on living with restricted rights, so their freedom is only partial. She asked human rights defenders and their partners abroad to keep pushing the authorities and to give no ground until every political prisoner is free.</p>
<h2>Why rehabilitation matters</h2>
<p>A conviction that stays on record can follow a former prisoner for years. It can limit where they work, whether they may travel and whether they can stand for office, and it leaves them exposed to new proceedings. For the families of those still inside, the question is far from abstract. It decides whether release will bring a return to normal life or a different kind of confinement.</p>
<p>We share the view expressed in Vilnius: the aim is not only to open the prison gates, but to restore the full rights of everyone who was jailed for their convictions or their work.</p>`,
  },

  // ----- 2014 --------------------------------------------------------------
  {
    slug: "civil-rights-defender-of-the-year-2014",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2014-04-07T09:00:00Z",
    language: "en",
    title: "Ales Bialiatski named Civil Rights Defender of the Year",
    excerpt:
      "Civil Rights Defenders gave its 2014 award to Ales Bialiatski at the Defenders' Days conference in Stockholm. His wife and Viasna colleagues accepted it while he remains in the Babruisk colony.",
    categories: ["news"],
    tags: ["human-rights-prizes", "ales-bialiatski", "viasna", "postcards"],
    regions: ["europe", "belarus"],
    author: "author",
    body: `<p>The Swedish organisation Civil Rights Defenders has named Ales Bialiatski its Civil Rights Defender of the Year for 2014. The award was presented during Defenders' Days, the organisation's annual conference for human rights defenders at risk, held in Stockholm from 1 to 4 April. Natallia Pinchuk and colleagues from Viasna, among them Valiantsin Stefanovich, Uladzimir Labkovich and Tatsiana Reviaka, travelled to Sweden and received it on his behalf.</p>
<p>Civil Rights Defenders has followed his work for many years. In 2006 it nominated him for the Per Anger Prize, which the Swedish government awarded him that year.</p>
<h2>News from the colony</h2>
<p>The award comes at a time when reliable information about his situation is still scarce. In conversations with human rights organisations this spring, Natallia Pinchuk has described a life governed by the colony's rules:</p>
<ul>
<li>His working week in the colony's sewing workshop lasts six days; the seventh he keeps for reading and writing.</li>
<li>In 2013 she was able to see him only once, because the administration cancelled the three other visits he was entitled to. Her most recent visit was in January.</li>
<li>The administration tries to keep him apart from other inmates, who risk punishment if they talk to him.</li>
<li>Mail from supporters, she says, is one of the things that keeps him going while the administration leans on him.</li>
</ul>
<p>She has been careful not to say more about how the staff treat him, for fear that public details could make his situation worse. She has felt the pressure herself, too: on at least one occasion a conversation with a human rights organisation had to be cut short because police officers were standing outside her door.</p>
<h2>Keep writing</h2>
<p>If you have written to Ales before, please write again. If you never have, this is a good moment to start. Short, friendly messages work best, and the current address of the colony can be checked with Viasna. Every card that reaches him is proof that the world has not accepted his imprisonment.</p>`,
  },
  {
    slug: "ales-bialiatski-released",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2014-06-21T18:00:00Z",
    language: "en",
    title: "Ales Bialiatski is free after 1052 days in prison",
    excerpt:
      "Ales Bialiatski was released under an amnesty on 21 June 2014 and welcomed at Minsk railway station by his wife, colleagues and supporters. Other political prisoners remain behind bars.",
    categories: ["news"],
    tags: ["ales-bialiatski", "viasna", "fidh", "political-prisoners", "solidarity"],
    regions: ["belarus"],
    isFeatured: true,
    cover: {
      file: "/demo/release-minsk.svg",
      alt: "A railway platform at dawn: a small group of people, one in red holding flowers, waits under the station canopy as a lone figure carrying a bag walks towards them, with the sun rising at the far end of the tracks.",
      caption: "Ales Bialiatski returned to Minsk by train on 21 June 2014.",
      credit: CREDIT,
    },
    author: "editor",
    body: `<p>Ales Bialiatski is free. On Saturday, 21 June 2014, the penal colony in Babruisk let the chairman of the Human Rights Centre "Viasna" go under an amnesty law signed that same day. Since his arrest on 4 August 2011 he had spent 1052 days in custody.</p>
<p>He travelled to Minsk by train. At the railway station he was met by his wife, Natallia Pinchuk, by colleagues from Viasna, by friends and by many people who had simply come to greet him. Several of those waiting were in tears: after almost three years, many could scarcely take in that he was really standing in front of them.</p>
<h2>An amnesty long refused</h2>
<p>He was freed more than a year and a half before the end of his sentence, which would have run until February 2016. For the two previous years the authorities had refused to apply an amnesty to him, citing alleged repeated breaches of the prison regime. Those accusations were never independently examined. The decision to release him now is as arbitrary as the earlier refusals, and it shows how little the outcome has had to do with the law.</p>
<p>Speaking to supporters after his arrival, he said he owed his release to the support he had received from the day of his arrest, from people in Belarus and abroad, and to the many national and international interventions made on his behalf. Later the same day he gave his first interview, to Natalya Radzina, editor-in-chief of the independent news website Charter97.</p>
<h2>The conviction still stands</h2>
<p>We share the joy of his family and colleagues. But an amnesty is not an acquittal. The conviction that the UN Working Group on Arbitrary Detention described as arbitrary has not been overturned, and his property has not been returned. Other political prisoners, among them former presidential candidate Mikalai Statkevich, remain behind bars, and those already released still live with restrictions on their rights.</p>
<h2>Thank you</h2>
<p>For almost three years, people in many countries wrote cards, signed appeals, lit candles on 4 August and asked their governments to act. Prize juries, city councils, parliaments and UN experts spoke out. All of it helped to keep his name from fading.</p>
<p>Our campaign now turns to what remains to be done: the release of every political prisoner in Belarus, and the full rehabilitation of those who have been freed, Ales Bialiatski among them.</p>`,
    comments: [
      {
        key: "c1",
        authorName: "Hanna Kavaliova",
        authorEmail: "hanna.kavaliova@example.org",
        body: "<p>We were at the station this afternoon. I have no words, only gratitude to everyone who wrote to him all this time.</p>",
        status: "APPROVED",
        daysAfterPublish: 0.1,
      },
      {
        key: "c2",
        parentKey: "c1",
        authorName: "Ingrid Lindqvist",
        authorEmail: "ingrid.lindqvist@example.org",
        authorUrl: "https://example.org/uppsala-reading-circle",
        body: "<p>Reading this in Uppsala with tears in my eyes. Our eleven birthday cards from 2011 suddenly feel like part of something bigger.</p>",
        status: "APPROVED",
        daysAfterPublish: 0.4,
      },
      {
        key: "c3",
        parentKey: "c2",
        authorName: "Tomasz Wiśniewski",
        authorEmail: "tomasz.wisniewski@example.org",
        body: "<p>Same here in Lublin. Now let us keep writing to the ones who are still inside.</p>",
        status: "APPROVED",
        daysAfterPublish: 0.8,
      },
      {
        key: "c4",
        authorName: "Claire Dubois",
        authorEmail: "claire.dubois@example.org",
        body: "<p>Paris made him an honorary citizen while he was in prison. What a joy to read this news today.</p>",
        status: "APPROVED",
        daysAfterPublish: 1,
      },
      {
        key: "c5",
        authorName: "Jonas Petrauskas",
        authorEmail: "jonas.petrauskas@example.org",
        body: "<p>Wonderful news. But 1052 days should never have happened, and the conviction must be quashed.</p>",
        status: "APPROVED",
        daysAfterPublish: 1.2,
      },
      {
        key: "c6",
        authorName: "Peter Hansen",
        authorEmail: "peter.hansen@example.org",
        body: "<p>Will he now be able to travel and receive in person the prizes that were given to him while he was in prison?</p>",
        status: "PENDING",
        daysAfterPublish: 3,
      },
    ],
  },
  {
    slug: "ales-bialiacki-na-voli",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2014-06-22T08:00:00Z",
    language: "be",
    translationOf: "ales-bialiatski-released",
    isFeatured: true,
    title: "Алесь Бяляцкі на волі пасля 1052 дзён зняволення",
    excerpt:
      "21 чэрвеня 2014 года старшыня Праваабарончага цэнтра «Вясна» вызвалены па амністыі і вярнуўся ў Мінск, дзе яго сустрэлі жонка, калегі і сябры.",
    categories: ["news"],
    tags: ["ales-bialiatski", "viasna", "political-prisoners"],
    regions: ["belarus"],
    author: "author",
    body: `<p>У суботу, 21 чэрвеня 2014 года, на волю выйшаў Алесь Бяляцкі — старшыня Праваабарончага цэнтра «Вясна» і віцэ-прэзідэнт Міжнароднай федэрацыі за правы чалавека (FIDH). Яго вызвалілі па амністыі з бабруйскай калоніі. За кратамі ён правёў 1052 дні.</p>
<p>У Мінск Алесь прыехаў цягніком. На чыгуначным вакзале яго чакалі жонка Наталля Пінчук, калегі з «Вясны», сябры і шмат людзей, якія проста хацелі яго павітаць. Многія не стрымлівалі слёз.</p>
<p>Праваабаронцу затрымалі 4 жніўня 2011 года. У лістападзе таго ж года суд прысудзіў яму чатыры з паловай гады пазбаўлення волі ў калоніі ўзмоцненага рэжыму з канфіскацыяй маёмасці па абвінавачванні ва ўтойванні даходаў. Міжнародныя праваабарончыя арганізацыі лічылі справу палітычна матываванай, а Рабочая група ААН па адвольных затрыманнях прызнала яго зняволенне адвольным.</p>
<p>Два гады запар улады адмаўлялі Алесю ў амністыі, спасылаючыся на нібыта парушэнні рэжыму ўтрымання. Цяпер ён дома, але прысуд не адменены, а ў турмах застаюцца іншыя палітычныя вязні.</p>
<p>Наша кампанія будзе і далей патрабаваць вызвалення ўсіх палітвязняў і іх поўнай рэабілітацыі. Дзякуем усім, хто пісаў паштоўкі, выходзіў на акцыі салідарнасці і не даваў забыць пра Алеся.</p>`,
  },
  {
    slug: "international-reactions-to-the-release",
    kind: "POST",
    status: "PUBLISHED",
    publishedAt: "2014-06-25T10:00:00Z",
    language: "en",
    title: "Reactions to the release: relief, and calls to free the others",
    excerpt:
      "Paris, the OSCE Parliamentary Assembly, the UN Special Rapporteur, the EU, the US State Department and Civil Rights Defenders all welcomed the release of Ales Bialiatski, and all asked Belarus to go further.",
    categories: ["statements", "international-reactions"],
    tags: ["ales-bialiatski", "political-prisoners", "rehabilitation", "solidarity"],
    regions: ["europe", "united-nations", "international"],
    cover: {
      file: "/demo/map-reactions.svg",
      alt: "A simplified outline map of Belarus in deep blue with Minsk marked by a red dot, linked by dotted red arcs to grey points scattered across a pale background with faint grid lines.",
      caption:
        "Reactions to the release came from European capitals, the United Nations and beyond.",
      credit: CREDIT,
    },
    author: "editor",
    body: `<p>The release of Ales Bialiatski on 21 June 2014 drew responses from cities, parliaments, governments and international organisations. Nearly all of them carried two messages: relief that he is free, and a reminder that other political prisoners in Belarus are not. Here is a summary.</p>
<h2>City of Paris</h2>
<p>Anne Hidalgo, the Mayor of Paris, said she had received the news with great joy. Ales Bialiatski is an honorary citizen of Paris, and she recalled that he had been sentenced in November 2011 after an unfair trial. She called his release a step forward for freedom of expression and democracy and restated the city's solidarity with all who defend fundamental rights.</p>
<h2>OSCE Parliamentary Assembly</h2>
<p>Christian Holm, a Swedish member of parliament who chairs the Assembly's ad hoc working group on Belarus, welcomed the move but said it had come far too late, and expressed the hope that further releases would follow. He argued that the release could not be regarded as complete until Ales Bialiatski and other members of Belarusian civil society are able to do their work without being hounded by the state.</p>
<h2>UN Special Rapporteur on Belarus</h2>
<p>Miklós Haraszti, the UN Special Rapporteur on the situation of human rights in Belarus, welcomed the news but urged Belarus to free every remaining political prisoner at once and without conditions, and to rehabilitate them fully. He noted that the charges against Ales Bialiatski were closely tied to the way Belarus limits the access of non-governmental organisations to funding.</p>
<h2>European Union</h2>
<p>A spokesperson for the European External Action Service welcomed the news that a man held for close to three years for political reasons could finally go home to his family and friends. The EU described the release as an important move by the authorities, but said the other political prisoners must now be freed quickly and have their civil and political rights given back. Doing so, the spokesperson added, could help relations between Brussels and Minsk to improve.</p>
<h2>United States</h2>
<p>State Department spokesperson Jen Psaki called the release a positive development, Radio Svaboda reported. She repeated Washington's call for every political prisoner to be freed and to have their political rights given back, steps she said would allow relations between the two countries to return to normal. In 2011 the State Department gave Ales Bialiatski its Human Rights Defender Award.</p>
<h2>Civil Rights Defenders</h2>
<p>The Swedish organisation, which named him Civil Rights Defender of the Year in April, counted 1052 days behind bars. In its view, he had been jailed to punish him for defending human rights and to frighten the rest of Belarusian civil society into silence.</p>
<h2>FIDH</h2>
<p>The federation celebrated its vice-president's freedom but observed that the manner of his release, through an amnesty refused twice before on the pretext of alleged breaches of prison rules, shows that the system remains arbitrary even when it lets people go.</p>
<h2>Our view</h2>
<p>These statements matter. They show that governments and institutions followed the case to its end, and they set out plainly what is still expected of Minsk. We intend to hold them to their words.</p>`,
  },

  // ----- Not yet public ----------------------------------------------------
  {
    slug: "explainer-rehabilitation-of-political-prisoners",
    kind: "POST",
    status: "DRAFT",
    language: "en",
    title: "Explainer: what full rehabilitation of political prisoners would mean",
    excerpt:
      "Release is only the first step. A guide to what rehabilitation involves and why human rights defenders keep insisting on it.",
    categories: ["background"],
    tags: ["rehabilitation", "political-prisoners"],
    regions: ["belarus"],
    author: "author",
    body: `<p><em>Draft for the editor: legal details to be checked with Viasna before publication.</em></p>
<p>When a political prisoner in Belarus is released, supporters celebrate, and rightly so. Yet human rights defenders almost always add a second demand in the same breath: full rehabilitation. This explainer sets out what the word means and why it keeps coming up.</p>
<h2>Release is not the same as justice</h2>
<p>Most political prisoners who have left prison in recent years did so through a pardon, an amnesty or the end of their sentence. In each case the conviction remains in force. Legally, the person is still a criminal who has been shown leniency, not someone who was wrongly jailed.</p>
<h2>What a conviction can mean after release</h2>
<ul>
<li>A criminal record that can close doors to jobs, especially in the public sector.</li>
<li>Police supervision, with obligations to report and restrictions on movement.</li>
<li>A bar on standing for election for a number of years.</li>
<li>The risk of being sent back to prison if accused of breaching the conditions of release.</li>
<li>Confiscated property that is not returned.</li>
</ul>
<h2>What rehabilitation would involve</h2>
<p>Full rehabilitation would mean quashing politically motivated convictions, restoring civil and political rights, returning confiscated property and providing compensation, as the UN Working Group on Arbitrary Detention recommended in the case of Ales Bialiatski. It would also mean an official acknowledgement that the prosecutions should never have taken place.</p>
<h2>Why the demand is contested</h2>
<p>Some argue that insisting on rehabilitation makes any deal with the authorities impossible, and that it is better to secure releases first. Others, including Natallia Pinchuk, have answered that dropping the demand would leave former prisoners only partly free and would reward the authorities for a policy of taking hostages. We will present both views and explain why this campaign has kept rehabilitation on its list of demands.</p>
<h2>Still to add</h2>
<ul>
<li>Examples of former prisoners living under restrictions, with their consent.</li>
<li>How other countries in the region have handled rehabilitation after political trials.</li>
</ul>`,
  },
  {
    slug: "solidarity-day-anniversary-statement",
    kind: "POST",
    status: "SCHEDULED",
    scheduledInDays: 7,
    language: "en",
    title:
      "Anniversary statement: why we keep marking the day of solidarity with Belarusian civil society",
    excerpt:
      "Each year the campaign marks the anniversary of the arrest of Ales Bialiatski as a day of solidarity with Belarusian civil society. Here is why the date still matters, and how to take part.",
    categories: ["statements", "actions"],
    tags: ["solidarity", "political-prisoners", "ales-bialiatski", "viasna"],
    regions: ["belarus", "international"],
    author: "editor",
    body: `<p>On 4 August 2011, Ales Bialiatski, chairman of the Human Rights Centre "Viasna", was arrested in Minsk. A year later, human rights organisations chose that date for the first International Day of Solidarity with Belarusian Civil Society. This statement explains why the campaign continues to mark it.</p>
<h2>What the campaign taught us</h2>
<p>During the 1052 days he spent in custody, the authorities did everything they could to isolate him: cancelled visits, refused parcels, fellow prisoners warned not to speak to him. What they could not stop was the flow of cards, statements and questions from abroad. When he was released in June 2014, the first thing he did was to thank the people who had supported him, in Belarus and around the world.</p>
<p>That experience shapes the way we see the day of solidarity. It is not a ritual. It is a reminder that attention from outside makes a difference to people who are cut off from it, and that those in power notice when the world keeps asking questions.</p>
<h2>More than one name</h2>
<p>From the beginning, the day was meant for everyone in Belarus who is punished for defending rights and freedoms: lawyers, journalists, human rights monitors, trade unionists and ordinary citizens who joined a peaceful protest. As long as people in the country can be jailed for their civic activity, the date keeps its meaning.</p>
<h2>How to take part</h2>
<ul>
<li>Write to a political prisoner. Viasna publishes up-to-date information on prisoners and their addresses.</li>
<li>Share a message of support and name the day, so that others can find and join in.</li>
<li>Ask your government and your members of parliament what they are doing for the release and rehabilitation of political prisoners in Belarus.</li>
<li>Organise something small: a reading, a candle, a conversation at work or at school.</li>
</ul>
<p>Solidarity costs little and can mean a great deal. We invite you to stand with Belarusian civil society once again.</p>`,
  },
];
