-- Search that understands the site's languages: Belarusian word forms (a light suffix stemmer,
-- since PostgreSQL has none), each article indexed in its own language, and a lexicon of the
-- words readers search for, with a Latin form and a consonant skeleton, so other spellings and
-- misspellings of a name find it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Belarusian inflections off the end of every word, leaving at least two letters: Бяляцкага,
-- Бяляцкаму and Бяляцкі all become бяляцк. Words are lower-cased first; other scripts pass
-- through untouched (the endings are Cyrillic).
-- A soft stem vowel left behind is dropped too, so калонія, калоніі and калоніяй all meet at
-- калон.
CREATE FUNCTION campaign_be_stem(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT regexp_replace(
    regexp_replace(lower(input),
      '\m([[:alpha:]]{2,}?)(ымі|імі|амі|ямі|ага|яга|аму|яму|ога|ому|ых|іх|ым|ім|ая|яя|ое|ее|ыя|ія|ую|юю|ай|яй|ой|ей|ёй|ою|ёю|ам|ям|ах|ях|ом|ем|ём|аў|яў|оў|ёў|еў|ы|і|а|я|у|ю|е|о|ь|й)\M',
      '\1', 'g'),
    '\m([[:alpha:]]{3,})[іь]\M', '\1', 'g')
$$;

-- A word in Latin letters, the way names are commonly written abroad: Бяляцкі -> bialiatski,
-- Беляцкий -> beliatskii.
CREATE FUNCTION campaign_search_latin(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT translate(
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
      lower(input),
      'щ', 'shch'), 'ш', 'sh'), 'ч', 'ch'), 'ц', 'ts'), 'ж', 'zh'), 'х', 'kh'),
      'я', 'ia'), 'ю', 'iu'), 'ё', 'io'), 'є', 'ie'),
    'абвгґдеэзийклмнопрстуўфыіїłśćźńčšžьъ''’',
    'abvhgdeeziiklmnoprstuwfyiilsczncsz')
$$;

-- The consonants of a Latin word, digraphs folded and vowels dropped: bialiatski, bialiacki,
-- byalyatski, beliatskii all become blck.
CREATE FUNCTION campaign_search_skeleton(latin text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT regexp_replace(
    regexp_replace(
      translate(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
          lower(latin),
          'shch', 's'), 'sch', 's'), 'sh', 's'), 'sz', 's'), 'ch', 'c'), 'cz', 'c'),
          'zh', 'z'), 'kh', 'h'), 'ts', 'c'), 'tz', 'c'),
        'g', 'h'),
      '[^bcdfhklmnpqrstvxz]', '', 'g'),
    '(.)\1+', '\1', 'g')
$$;

-- Each article indexed in its own language (English and Russian stemmed by PostgreSQL,
-- Belarusian by the stemmer above) and as written (names, other languages).
ALTER TABLE "Article" DROP COLUMN "searchVector";
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, "title"), 'A') ||
    setweight(CASE "language"
      WHEN 'en' THEN to_tsvector('english'::regconfig, "title")
      WHEN 'ru' THEN to_tsvector('russian'::regconfig, "title")
      WHEN 'be' THEN to_tsvector('simple'::regconfig, campaign_be_stem("title"))
      ELSE ''::tsvector END, 'A') ||
    setweight(to_tsvector('simple'::regconfig, "excerpt"), 'B') ||
    setweight(CASE "language"
      WHEN 'en' THEN to_tsvector('english'::regconfig, "excerpt")
      WHEN 'ru' THEN to_tsvector('russian'::regconfig, "excerpt")
      WHEN 'be' THEN to_tsvector('simple'::regconfig, campaign_be_stem("excerpt"))
      ELSE ''::tsvector END, 'B') ||
    setweight(to_tsvector('simple'::regconfig, regexp_replace("body", '<[^>]*>', ' ', 'g')), 'C') ||
    setweight(CASE "language"
      WHEN 'en' THEN to_tsvector('english'::regconfig, regexp_replace("body", '<[^>]*>', ' ', 'g'))
      WHEN 'ru' THEN to_tsvector('russian'::regconfig, regexp_replace("body", '<[^>]*>', ' ', 'g'))
      WHEN 'be' THEN to_tsvector('simple'::regconfig, campaign_be_stem(regexp_replace("body", '<[^>]*>', ' ', 'g')))
      ELSE ''::tsvector END, 'C')
) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,
    "latin" TEXT NOT NULL,
    "skeleton" TEXT NOT NULL,
    "documents" INTEGER NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_skeleton_idx" ON "SearchWord"("skeleton");

-- Trigram neighbours of a misspelled word.
CREATE INDEX "SearchWord_latin_trgm_idx" ON "SearchWord" USING GIN ("latin" gin_trgm_ops);
