"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass } from "@/components/admin/button";
import { staffMessages } from "@/lib/i18n/messages/staff";

type Status =
  { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "error"; message: string };

/**
 * The export upload. With JavaScript it is sent by XMLHttpRequest, for a progress bar (an export
 * can take minutes to upload), and the import's page opens when it is queued; without, the same
 * form posts to the same route, which redirects there.
 */
export function ImportUploadForm({ maxLabel }: { maxLabel: string }) {
  const router = useRouter();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const u = staffMessages().imports.upload;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setStatus({ kind: "error", message: u.chooseFile });
      return;
    }
    const request = new XMLHttpRequest();
    request.open("POST", event.currentTarget.action);
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (progress) => {
      if (!progress.lengthComputable) return;
      setStatus({
        kind: "uploading",
        percent: Math.round((progress.loaded / progress.total) * 100),
      });
    };
    request.onload = () => {
      let body: { ok?: boolean; message?: string; location?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // A proxy's error page: the generic message below.
      }
      if (request.status < 300 && body.ok && body.location?.startsWith("/admin/import/")) {
        router.push(body.location);
        return;
      }
      setStatus({ kind: "error", message: body.message ?? u.failed });
    };
    request.onerror = () => setStatus({ kind: "error", message: u.connectionBroke });
    setStatus({ kind: "uploading", percent: 0 });
    request.send(data);
  }

  const isUploading = status.kind === "uploading";
  return (
    <form
      method="post"
      action="/admin/import/upload"
      encType="multipart/form-data"
      onSubmit={onSubmit}
      className="border-line space-y-4 rounded border bg-white p-4"
      aria-labelledby="import-upload-heading"
    >
      <h2 id="import-upload-heading" className="text-lg font-semibold">
        {u.heading}
      </h2>
      <div>
        <label htmlFor="import-file" className="block text-sm font-semibold">
          {u.file}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".xml,text/xml,application/xml"
          aria-describedby="import-file-hint"
          className="mt-1 block w-full max-w-full text-sm"
          required
        />
        <p id="import-file-hint" className="text-muted mt-1 text-sm">
          {u.fileHint(maxLabel)}
        </p>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold">{u.authors}</legend>
        <div className="mt-1 space-y-1">
          <label className="flex items-start gap-2">
            <input type="radio" name="authors" value="wordpress" defaultChecked className="mt-1" />
            <span>{u.authorsWordPress}</span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="authors" value="mine" className="mt-1" />
            <span>{u.authorsMine}</span>
          </label>
        </div>
        <p className="text-muted mt-1 text-sm">{u.authorsHint}</p>
      </fieldset>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="dryRun" className="mt-1" />
        <span>{u.dryRun}</span>
      </label>
      {isUploading ? (
        <div>
          <label htmlFor="import-upload-progress" className="text-sm">
            {u.uploading(status.percent)}
          </label>
          <progress
            id="import-upload-progress"
            max={100}
            value={status.percent}
            className="block w-full"
          />
        </div>
      ) : null}
      {status.kind === "error" ? (
        <p role="alert" className="border-accent text-accent-dark rounded border-l-4 bg-red-50 p-3">
          {status.message}
        </p>
      ) : null}
      <button type="submit" className={buttonClass("primary")} disabled={isUploading}>
        {u.submit}
      </button>
    </form>
  );
}
