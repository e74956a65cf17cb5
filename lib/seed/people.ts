import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LETTERS_SETTING_KEY } from "@/lib/people/schemas";
import { seedLetterGuidance, seedPeople, seedStatuses } from "@/prisma/seed-data/people";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const date = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * The demo's statuses, people (with their timelines, addresses and the articles about them) and
 * letter guidance. What exists already (a status by key, a person by slug, the guidance) is left
 * as staff edited it.
 */
export async function seedPeopleContent(tx: Tx, termIds: Map<string, string>): Promise<void> {
  const statusIds = new Map<string, string>();
  for (const status of seedStatuses) {
    const row = await tx.personStatus.upsert({
      where: { key: status.key },
      create: status,
      update: {},
      select: { id: true },
    });
    statusIds.set(status.key, row.id);
  }
  for (const person of seedPeople) {
    if (await tx.person.findUnique({ where: { slug: person.slug }, select: { id: true } }))
      continue;
    const articles = await tx.article.findMany({
      where: {
        OR: [
          { slug: { in: person.articleSlugs } },
          ...(person.articleTags.length
            ? [{ terms: { some: { taxonomy: "TAG" as const, slug: { in: person.articleTags } } } }]
            : []),
        ],
      },
      select: { id: true },
    });
    await tx.person.create({
      data: {
        slug: person.slug,
        names: person.names,
        spellings: person.spellings,
        bios: person.bios,
        statusId: statusIds.get(person.status)!,
        birthMonth: person.birthday?.month ?? null,
        birthDay: person.birthday?.day ?? null,
        showBirthday: person.birthday !== undefined,
        charges: person.charges,
        published: true,
        regions: {
          connect: person.regions.flatMap((slug) => {
            const id = termIds.get(`REGION:${slug}`);
            return id ? [{ id }] : [];
          }),
        },
        articles: { connect: articles },
        events: {
          create: person.events.map((event) => ({ ...event, date: date(event.date) })),
        },
        addresses: {
          create: person.addresses.map((address) => ({
            ...address,
            validFrom: date(address.validFrom),
          })),
        },
      },
    });
  }
  await tx.setting.upsert({
    where: { key: LETTERS_SETTING_KEY },
    create: { key: LETTERS_SETTING_KEY, value: { guidance: seedLetterGuidance } },
    update: {},
  });
}
