/** Finding tags, categories, regions and people in the editor's sidebar. */
const organisingEn = {
  tags: {
    hint: "Type to find existing tags; Enter or a comma adds what you typed as a new tag.",
    remove: (name: string) => `Remove tag “${name}”`,
    added: (name: string) => `Tag “${name}” added.`,
    removed: (name: string) => `Tag “${name}” removed.`,
    suggestions: "Suggestions",
    uses: (count: number) => (count === 1 ? "1 article" : `${count} articles`),
    alsoNamed: (name: string) => `as “${name}”`,
    loadFailed: "Tags could not be looked up; you can still type new ones.",
    signedOut: "Your session has ended. Sign in again in another tab.",
    forbidden: "You do not have permission to write articles.",
    invalid: "That is not a tag search.",
  },
  filter: {
    label: (legend: string) => `Filter ${legend.toLowerCase()}`,
    people: "Filter people",
    matches: (count: number, total: number) =>
      count === total
        ? `All ${total} shown.`
        : count === 1
          ? `1 of ${total} matches.`
          : `${count} of ${total} match.`,
    ticked: "Ticked items always stay in view.",
  },
};

export const organisingSectionsEn = { organising: organisingEn };
