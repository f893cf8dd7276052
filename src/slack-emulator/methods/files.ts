import { fail, missingArgument, ok, readString } from '../api-result.ts';
import type { EmulatorState } from '../emulator-state.ts';
import type { JsonObject, SharedFile } from '../types.ts';
import type { MethodTable } from './method.ts';

/** Slack's ceiling for one file; a billing export is far smaller. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

type FileRef = { id: string; title?: string };

function fileRefs(args: JsonObject): FileRef[] | undefined {
  const files = args.files;
  if (!Array.isArray(files) || files.length === 0) return undefined;
  const refs = files.map((entry) => entry as { id?: unknown; title?: unknown });
  if (refs.some((ref) => typeof ref.id !== 'string')) return undefined;
  return refs.map((ref) => ({
    id: String(ref.id),
    ...(typeof ref.title === 'string' ? { title: ref.title } : {}),
  }));
}

/** Shares uploaded files; a channel_id posts them as one message (with initial_comment as its text). */
function completeUpload(args: JsonObject, state: EmulatorState) {
  const refs = fileRefs(args);
  if (!refs) return missingArgument('files');
  const stored = refs.map((ref) => state.files.get(ref.id));
  // A reserved file whose bytes never arrived cannot be shared, like an unknown one.
  if (stored.some((file) => !file?.bytes)) return fail('file_not_found');
  const shared: SharedFile[] = [];
  for (const [index, file] of stored.entries()) {
    if (!file) continue;
    file.title = refs[index]?.title ?? file.title;
    shared.push(state.files.shared(file));
  }
  const channelId = readString(args, 'channel_id');
  if (channelId) {
    const channel = state.directory.resolveChannel(channelId, state.strictChannels);
    if (!channel) return fail('channel_not_found');
    if (!state.directory.botIsMember(channel)) return fail('not_in_channel');
    const message = state.messages.post({
      channel: channel.id,
      user: state.workspace.botUserId,
      text: readString(args, 'initial_comment') ?? '',
      threadTs: readString(args, 'thread_ts'),
      files: shared,
    });
    for (const file of stored) {
      if (file) Object.assign(file, { channel: channel.id, messageTs: message.ts });
    }
  }
  return ok({ files: shared });
}

export const fileMethods: MethodTable = {
  'files.getUploadURLExternal': (args, state) => {
    const filename = readString(args, 'filename');
    const length = Number(readString(args, 'length'));
    if (!filename) return missingArgument('filename');
    if (!Number.isSafeInteger(length) || length < 1 || length > MAX_FILE_BYTES) {
      return fail('invalid_arguments', ['[ERROR] length must be a positive whole number of bytes']);
    }
    const file = state.files.reserve(filename, length, readString(args, 'alt_text'));
    return ok({ upload_url: `${state.endpoints.origin}/upload/${file.id}`, file_id: file.id });
  },

  'files.completeUploadExternal': completeUpload,
};
