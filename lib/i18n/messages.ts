/** Every string the public site shows. English now; another language is another object of this shape. */
export const en = {
  site: {
    skipToContent: "Skip to main content",
    mainNavigation: "Main",
    footerNote: "This site sets no tracking cookies and loads nothing from other sites.",
  },
  home: {
    latestNews: "Latest news",
    noArticles: "No news has been published yet.",
    readMore: "Read more",
    readMoreAbout: (title: string) => `Read more: ${title}`,
  },
  notFound: {
    title: "Page not found",
    body: "The page you asked for does not exist or is no longer published.",
    backHome: "Go to the home page",
  },
  error: {
    title: "Something went wrong",
    body: "We could not show this page. Please try again in a moment.",
    retry: "Try again",
  },
} as const;

export type Messages = typeof en;

export const messages: Messages = en;
