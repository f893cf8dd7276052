import { actorInWords, actorsRendered } from '../../domain/actors.ts';
import { isoDay } from '../../domain/calendar-day.ts';
import { answerQuestion, type HelpAnswer } from '../../help/answer.ts';
import { mayNamePatient } from '../../help/may-name-patient.ts';
import { configuredHelpDesk, type HelpDesk } from '../../help/search.ts';
import { FREE_TEXT, parseCommandArgs, refuseTextWithJsonl, requireText } from '../args.ts';
import { publicBlocker } from '../blocker-output.ts';
import { type CliCommand, type CliContext, EXIT_OK } from '../command.ts';
import { toJson } from '../output.ts';

/** A bound on --jsonl input: an evaluation file, not an unbounded stream. */
const MAX_QUESTIONS = 10_000;

/** The answer to a blank --jsonl line: no topic, no sources, said plainly. */
const NO_QUESTION: HelpAnswer = {
  topic: null,
  answer: 'There was no question on this line.',
  sources: [],
};

/**
 * `ask [--jsonl] [TEXT]`: answers help questions. A question that names a patient gets the same
 * situation-aware answer Slack gives (workflow answerHelp: that charge's blockers and next steps,
 * added as `blockers`); any other is answered from the articles alone, without opening the
 * database. The output is always JSON; --json is accepted for symmetry with the other commands.
 */
export const askCommand: CliCommand = {
  name: 'ask',
  usage: 'ask [--jsonl] [TEXT]',
  summary: 'Answer a help question: {"topic", "answer", "sources"}.',
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        jsonl: { type: 'boolean' },
        json: { type: 'boolean' },
      },
      { positionals: FREE_TEXT },
    );
    // The configuration is read once for every question of the run, not once per line.
    const desk = await configuredHelpDesk();
    const ask = (question: string) => answerFor(ctx, desk, question);
    if (values.jsonl) {
      refuseTextWithJsonl(positionals);
      const lines = (await ctx.io.stdin()).split(/\r?\n/);
      if (lines.at(-1) === '') lines.pop(); // the newline that ends the last line
      // Every line gets an answer, a blank one too, so output line N answers input line N.
      for (const line of lines.slice(0, MAX_QUESTIONS)) {
        const question = questionFromLine(line);
        ctx.io.stdout(`${JSON.stringify(question === '' ? NO_QUESTION : await ask(question))}\n`);
      }
      return EXIT_OK;
    }
    const question = requireText(positionals, 'a question, e.g. ask "how do I undo a write-off?"');
    ctx.io.stdout(toJson(await ask(question)));
    return EXIT_OK;
  },
};

type AskAnswer = HelpAnswer & { blockers?: ReturnType<typeof publicBlocker>[] };

async function answerFor(ctx: CliContext, desk: HelpDesk, question: string): Promise<AskAnswer> {
  const today = isoDay(new Date());
  if (!mayNamePatient(question, today)) {
    const { topic, answer, sources } = answerQuestion(question, desk);
    return { topic, answer, sources };
  }
  // Imported only here: the workflow loads the ledger and database code general help never needs.
  const { answerHelp } = await import('../../workflow/help.ts');
  const reply = await answerHelp(await ctx.db(), { question, actorId: ctx.actor, today, desk });
  const { topic, sources } = reply.answer;
  // The rules' sentences name people as stored ("cli:demo"); said in words, as Slack says them.
  const answer = actorsRendered(reply.answer.answer, reply.actors, (actor) => actorInWords(actor));
  const text = reply.notice ? `${reply.notice}\n\n${answer}` : answer;
  return { topic, answer: text, sources, blockers: reply.blockers.map(publicBlocker) };
}

/**
 * A line is a question as typed. A line of labelled data ({"text": …}, as in the eval files)
 * is taken for its text, so an evaluation file can be piped in as it is.
 */
function questionFromLine(line: string): string {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{')) return trimmed;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (parsed && typeof parsed === 'object' && typeof (parsed as { text?: unknown }).text === 'string') {
      return (parsed as { text: string }).text.trim();
    }
  } catch {
    // Not JSON after all: a question that happens to start with a brace.
  }
  return trimmed;
}
