/**
 * Files for one person (a report's chart and CSV) go to their DM with the app through
 * files.uploadV2, never to the channel the request came from: a whole channel would read them.
 */
import type { webApi } from '@slack/bolt';

type WebClient = webApi.WebClient;

export interface DmFile {
  readonly filename: string;
  readonly title: string;
  readonly bytes: Uint8Array | string;
  /** For images: what a screen reader says. */
  readonly altText?: string;
}

/** The DM's channel id; files.completeUploadExternal wants a channel, not a user id. */
export async function uploadToDm(
  client: WebClient,
  userId: string,
  upload: { readonly comment: string; readonly files: readonly DmFile[] },
): Promise<{ readonly channelId: string }> {
  const opened = await client.conversations.open({ users: userId });
  const channelId = opened.channel?.id;
  if (!channelId) throw new Error('conversations.open gave no channel');
  await client.filesUploadV2({
    channel_id: channelId,
    initial_comment: upload.comment,
    file_uploads: upload.files.map((file) => ({
      file: Buffer.from(file.bytes),
      filename: file.filename,
      title: file.title,
      ...(file.altText ? { alt_text: file.altText } : {}),
    })),
  });
  return { channelId };
}
