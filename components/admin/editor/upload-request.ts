import type { PickerImage } from "@/components/admin/editor/insert-panels";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** The types the media library accepts (it checks the bytes again on the server). */
export const ACCEPTED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"];

const UPLOAD_URL = "/admin/media/upload";

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Why this file cannot be uploaded (wrong type, too large), or null: refused before sending. */
export function checkImageFile(file: File, maxBytes: number): string | null {
  const t = staffMessages().images;
  if (!ACCEPTED_IMAGE_TYPES.includes(file.type)) return t.wrongType(file.name);
  if (file.size > maxBytes) return t.tooLarge(file.name, formatBytes(maxBytes));
  return null;
}

/**
 * Sends one image to the media library's upload route. XMLHttpRequest rather than fetch: only it
 * reports upload progress. Resolves with the stored image; rejects with a message to show.
 */
export function sendImage(file: File, onProgress: (percent: number) => void): Promise<PickerImage> {
  const t = staffMessages().images;
  return new Promise((resolve, reject) => {
    const data = new FormData();
    data.append("file", file);
    const request = new XMLHttpRequest();
    request.open("POST", UPLOAD_URL);
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (progress) => {
      if (progress.lengthComputable) {
        onProgress(Math.round((progress.loaded / progress.total) * 100));
      }
    };
    request.onload = () => {
      let body: { ok?: boolean; message?: string; image?: PickerImage } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // A proxy's error page: the generic message below.
      }
      if (request.status < 300 && body.ok === true && body.image) resolve(body.image);
      else reject(new Error(body.message ?? t.failed));
    };
    request.onerror = () => reject(new Error(t.connectionBroke));
    onProgress(0);
    request.send(data);
  });
}
