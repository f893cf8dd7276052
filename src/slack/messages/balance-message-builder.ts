/** A balance answer, for the person who asked only (ephemeral or DM). Pure. */
import { formatCents } from '../../domain/index.ts';
import type { BalanceAnswer } from '../../workflow/index.ts';
import { escapeMrkdwn, type KnownBlock, section } from '../views/block-kit.ts';
import type { SlackMessage } from './done-message-builder.ts';
import { buildNotAllowedMessage } from './request-message-builder.ts';

/** `adminIds`: configured admins, named to someone without a role (BILLING_ADMINS). */
export function buildBalanceMessage(answer: BalanceAnswer, adminIds: readonly string[] = []): SlackMessage {
  switch (answer.kind) {
    case 'not_allowed':
      return buildNotAllowedMessage('look up balances', adminIds, 'viewer', 'look-up');
    case 'no_patient': {
      const text = 'Whose balance? Try "what does Jane Doe owe?".';
      return { text, blocks: [section(text)] };
    }
    case 'choose': {
      const lines = answer.candidates.map(
        (c) => `• ${escapeMrkdwn(c.fullName)} · DOB ${c.dateOfBirth} · MRN ${escapeMrkdwn(c.mrn)}`,
      );
      const text = [escapeMrkdwn(answer.note), ...lines].join('\n');
      return { text, blocks: [section(text)] };
    }
    case 'balance': {
      const p = answer.patient;
      const head = `*${escapeMrkdwn(p.fullName)}* (DOB ${p.dateOfBirth}, MRN ${escapeMrkdwn(p.mrn)}) owes *${formatCents(answer.outstandingCents)}*.`;
      const lines = answer.openCharges.map(
        (c) =>
          `• ${c.dateOfService} · ${escapeMrkdwn(c.description)} · ${formatCents(c.outstandingCents)} outstanding`,
      );
      const blocks: KnownBlock[] = [section(head)];
      if (lines.length > 0) blocks.push(section(lines.join('\n')));
      return { text: head, blocks };
    }
  }
}
