"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { buttonClass } from "@/components/admin/button";
import { Flash } from "@/components/admin/form-message";
import { staffMessages } from "@/lib/i18n/messages/staff";

type Status =
  | { kind: "idle" }
  | { kind: "uploading"; percent: number }
  | { kind: "done"; ok: boolean; message: string };

/**
 * Uploads with a progress bar (XMLHttpRequest reports upload progress, fetch does not). Without
 * JavaScript the same form posts to the same route and comes back here with a message.
 */
export function UploadForm({ maxLabel }: { maxLabel: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const t = staffMessages();
  const u = t.media.upload;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setStatus({ kind: "done", ok: false, message: u.chooseFile });
      return;
    }
    const request = new XMLHttpRequest();
    request.open("POST", element.action);
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (progress) => {
      if (progress.lengthComputable) {
        setStatus({
          kind: "uploading",
          percent: Math.round((progress.loaded / progress.total) * 100),
        });
      }
    };
    request.onload = () => {
      let body: { ok?: boolean; message?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // A proxy's error page: fall through to the generic message.
      }
      const ok = request.status < 300 && body.ok === true;
      setStatus({
        kind: "done",
        ok,
        message: body.message ?? u.failed,
      });
      if (ok) {
        form.current?.reset();
        router.refresh();
      }
    };
    request.onerror = () => setStatus({ kind: "done", ok: false, message: u.connectionBroke });
    setStatus({ kind: "uploading", percent: 0 });
    request.send(data);
  }

  return (
    <form
      ref={form}
      method="post"
      action="/admin/media/upload"
      encType="multipart/form-data"
      onSubmit={onSubmit}
      className="border-line space-y-3 rounded border bg-white p-4"
      aria-labelledby="upload-heading"
    >
      <h2 id="upload-heading" className="font-semibold">
        {u.heading}
      </h2>
      <div>
        <label htmlFor="file" className="block text-sm font-semibold">
          {u.file}
        </label>
        <input
          id="file"
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          aria-describedby="file-hint"
          className="mt-1 block w-full max-w-full text-sm"
          required
        />
        <p id="file-hint" className="text-muted mt-1 text-sm">
          {u.fileHint(maxLabel)}
        </p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="upload-alt" className="block text-sm font-semibold">
            {t.common.altTextLong}
          </label>
          <input
            id="upload-alt"
            name="altText"
            className="border-line mt-1 block w-full rounded border px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="upload-credit" className="block text-sm font-semibold">
            {t.common.credit}
          </label>
          <input
            id="upload-credit"
            name="credit"
            className="border-line mt-1 block w-full rounded border px-3 py-2"
          />
        </div>
      </div>
      {status.kind === "uploading" ? (
        <div>
          <label htmlFor="upload-progress" className="text-sm">
            {u.progress(status.percent)}
          </label>
          <progress
            id="upload-progress"
            max={100}
            value={status.percent}
            className="block w-full"
          />
        </div>
      ) : null}
      {status.kind === "done" ? (
        status.ok ? (
          <Flash>{status.message}</Flash>
        ) : (
          <p
            role="alert"
            className="border-accent text-accent-dark rounded border-l-4 bg-red-50 p-3"
          >
            {status.message}
          </p>
        )
      ) : null}
      <button
        type="submit"
        className={buttonClass("primary")}
        disabled={status.kind === "uploading"}
      >
        {u.submit}
      </button>
    </form>
  );
}
