import { extname } from 'node:path';
import type { IdSource } from './ids.ts';
import type { SharedFile, StoredFile } from './types.ts';

/** Slack guesses a file's type from its name; these are the types billing apps send. */
const MIME_BY_EXTENSION: Record<string, string> = {
  '.csv': 'text/csv',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.pdf': 'application/pdf',
};

export function mimetypeFor(filename: string): string {
  return MIME_BY_EXTENSION[extname(filename).toLowerCase()] ?? 'application/octet-stream';
}

export type UploadOutcome = 'ok' | 'not_found' | 'already_uploaded' | 'size_mismatch';

/**
 * Files uploaded the way files.uploadV2 does it: a reservation (files.getUploadURLExternal),
 * the bytes posted to the upload URL, then files.completeUploadExternal shares them. Kept so
 * tests can check what an app uploaded and the sandbox can show it.
 */
export function createFileStore(ids: IdSource) {
  const byId = new Map<string, StoredFile>();

  return {
    reserve(filename: string, length: number, altText?: string): StoredFile {
      const file: StoredFile = {
        id: ids.next('F'),
        name: filename,
        title: filename,
        mimetype: mimetypeFor(filename),
        size: length,
        bytes: null,
        ...(altText ? { altText } : {}),
      };
      byId.set(file.id, file);
      return file;
    },

    /** The upload step. Slack refuses bytes that do not match the length announced. */
    receive(fileId: string, bytes: Buffer): UploadOutcome {
      const file = byId.get(fileId);
      if (!file) return 'not_found';
      if (file.bytes) return 'already_uploaded';
      if (bytes.length !== file.size) return 'size_mismatch';
      file.bytes = bytes;
      return 'ok';
    },

    get: (fileId: string) => byId.get(fileId),

    /** Every file in upload order, shared or not. */
    all: (): StoredFile[] => [...byId.values()],

    shared(file: StoredFile): SharedFile {
      return { id: file.id, name: file.name, title: file.title, mimetype: file.mimetype, size: file.size };
    },
  };
}

export type FileStore = ReturnType<typeof createFileStore>;
