import type { EmulatorState } from '../emulator-state.ts';
import type { ApiResult, JsonObject } from '../types.ts';

/** One Web API method: arguments in, Slack's JSON answer out. Pure over the emulator state. */
export type MethodHandler = (args: JsonObject, state: EmulatorState) => ApiResult;

export type MethodTable = Record<string, MethodHandler>;
