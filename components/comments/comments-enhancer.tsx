"use client";

import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { commentMessages } from "@/lib/i18n/messages/comments";
import { CommentForm, type CommentFormProps } from "@/components/comments/comment-form";

type Props = Omit<CommentFormProps, "token" | "parentId" | "replyToName" | "onCancelReply"> & {
  /** The no-JavaScript fallback: a link to the live view, which renders the form itself. */
  children: ReactNode;
};

/**
 * On the cached article page: when JavaScript runs, "Leave a comment" and every "Reply" link open
 * the form here instead, with a fresh token fetched from /api/comments/token.
 */
export function CommentsEnhancer({ children, ...formProps }: Props) {
  const t = commentMessages[formProps.lang].comments;
  const [token, setToken] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [reply, setReply] = useState<{ id: string; name: string } | null>(null);
  const container = useRef<HTMLDivElement>(null);

  const open = useCallback(async () => {
    if (token) return;
    try {
      const response = await fetch(
        `/api/comments/token?articleId=${encodeURIComponent(formProps.articleId)}`,
        { cache: "no-store" },
      );
      if (!response.ok) throw new Error(`status ${response.status}`);
      setToken(((await response.json()) as { token: string }).token);
    } catch {
      setFailed(true);
    }
  }, [token, formProps.articleId]);

  // Once the form is open (or switched to another reply), keyboard focus goes into it.
  useEffect(() => {
    if (!token) return;
    container.current
      ?.querySelector<HTMLElement>("#comment-form input:not([type=hidden]), #comment-form textarea")
      ?.focus({ preventScroll: true });
  }, [token, reply]);

  useEffect(() => {
    const section = container.current?.closest("section") ?? document;
    const onClick = (event: Event) => {
      const link = (event.target as Element | null)?.closest?.(
        "a[data-reply-to], a[data-leave-comment]",
      );
      if (!link || !(event instanceof MouseEvent) || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      const replyTo = link.getAttribute("data-reply-to");
      setReply(replyTo ? { id: replyTo, name: link.getAttribute("data-reply-name") ?? "" } : null);
      void open();
      container.current?.scrollIntoView({ block: "start" });
    };
    section.addEventListener("click", onClick);
    return () => section.removeEventListener("click", onClick);
  }, [open]);

  return (
    <div ref={container} data-comments-enhancer>
      {failed ? (
        <p role="alert">{t.loadFailed}</p>
      ) : token ? (
        <CommentForm
          key={reply?.id ?? "top"}
          {...formProps}
          token={token}
          parentId={reply?.id ?? null}
          replyToName={reply?.name ?? null}
          onCancelReply={() => setReply(null)}
        />
      ) : (
        children
      )}
    </div>
  );
}
