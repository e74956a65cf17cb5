import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedPetition } from "@/prisma/seed-data/petitions";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The demo petition with its people and tag; one that exists (by slug) is left as staff left it. */
export async function seedPetitions(tx: Tx, termIds: Map<string, string>): Promise<void> {
  if (await tx.petition.findUnique({ where: { slug: seedPetition.slug }, select: { id: true } }))
    return;
  const people = await tx.person.findMany({
    where: { slug: { in: seedPetition.personSlugs } },
    select: { id: true },
  });
  const terms = seedPetition.tagSlugs
    .map((slug) => termIds.get(`TAG:${slug}`))
    .filter((id): id is string => !!id);
  const { slug, status, signerDisplay, goal, hashtag, texts } = seedPetition;
  await tx.petition.create({
    data: {
      slug,
      status,
      signerDisplay,
      goal,
      hashtag,
      texts,
      people: { connect: people },
      terms: { connect: terms.map((id) => ({ id })) },
    },
  });
}
