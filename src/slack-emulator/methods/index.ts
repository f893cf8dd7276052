import { assistantMethods } from './assistant.ts';
import { authAndDirectoryMethods } from './auth-users.ts';
import { chatMethods } from './chat.ts';
import { fileMethods } from './files.ts';
import { historyMethods } from './history.ts';
import type { MethodTable } from './method.ts';
import { viewMethods } from './views.ts';

export type { MethodHandler, MethodTable } from './method.ts';

export const allMethods: MethodTable = {
  ...authAndDirectoryMethods,
  ...viewMethods,
  ...chatMethods,
  ...assistantMethods,
  ...fileMethods,
  ...historyMethods,
};
