import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { BodyMedia } from "@/lib/import/wordpress/body";
import type {
  ImportCount,
  ImportProblem,
  ImportReport,
  WxrSite,
} from "@/lib/import/wordpress/types";

const LIST_CAP = 5_000;

const emptyCount = (): ImportCount => ({ created: 0, updated: 0, unchanged: 0, skipped: 0 });

export type SiteRules = {
  defaultLanguage: string;
  languages: readonly string[];
  timeZone: string;
  maxCommentDepth: number;
};

/**
 * Everything one import run knows as it goes: the maps from WordPress ids to rows here (filled
 * as records are written, and from earlier imports of the same site), and the report.
 */
export class ImportContext {
  readonly report: ImportReport;
  /** WordPress login → user id here. */
  readonly authors = new Map<string, string>();
  /** WordPress user id → user id here (for comments staff wrote). */
  readonly authorsById = new Map<number, string>();
  /** "taxonomy:slug" (WordPress's) → term id here. */
  readonly terms = new Map<string, string>();
  /** Attachment id → the image here. */
  readonly mediaById = new Map<number, BodyMedia>();
  /** Original upload URL (size suffix removed, no scheme) → the image here. */
  readonly mediaByUrl = new Map<string, BodyMedia>();
  /** Translation group key → article ids. */
  readonly translationGroups = new Map<string, string[]>();
  /** Who owns items whose WordPress author is unknown: --author, the importing admin, or the first admin. */
  fallbackAuthorId = "";

  constructor(
    readonly db: PrismaClient,
    readonly site: WxrSite,
    readonly rules: SiteRules,
    readonly options: {
      dryRun: boolean;
      authorId?: string;
      uploadsDir?: string;
      fetchMedia: boolean;
    },
  ) {
    this.report = {
      dryRun: options.dryRun,
      site: site.baseUrl,
      wxrVersion: site.wxrVersion,
      counts: {
        authors: emptyCount(),
        terms: emptyCount(),
        media: emptyCount(),
        posts: emptyCount(),
        pages: emptyCount(),
        comments: emptyCount(),
        redirects: emptyCount(),
      },
      skippedByStatus: {},
      otherTaxonomies: {},
      unknownShortcodes: {},
      missingMedia: [],
      problems: [],
      translationsLinked: 0,
      bytes: 0,
      durationMs: 0,
    };
  }

  /** The key the ImportedItem rows of this site carry. */
  get siteKey(): string {
    return this.site.baseUrl.replace(/^https?:\/\//i, "").toLowerCase();
  }

  problem(item: string, message: string) {
    if (this.report.problems.length < LIST_CAP) this.report.problems.push({ item, message });
  }

  missing(item: string, message: string) {
    const list: ImportProblem[] = this.report.missingMedia;
    if (list.length < LIST_CAP) list.push({ item, message });
  }

  tally(map: Record<string, number>, key: string, by = 1) {
    map[key] = (map[key] ?? 0) + by;
  }
}
