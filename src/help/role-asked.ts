/**
 * "what can someone with the viewer role do?", "what does a billing manager get to do?", "what
 * permissions does an admin have?": what a role allows, asked. The limits and roles article's
 * section on roles answers it; read by its words ("role"), the question went to the section on
 * giving someone a role, which answers "how do I make someone a viewer?" instead.
 */

const ROLE = '(?:viewers?|billers?|billing managers?|managers?|admins?|administrators?)';

// "what can a viewer do", "what is the biller role allowed to do", "what does an admin get to see".
const WHAT_ROLE_MAY = new RegExp(
  String.raw`\bwhat (?:can|may|could|does|do|is|are|will)\b[^?.!]{0,40}?\b${ROLE}\b[^?.!]{0,25}?\b(?:do|allowed|able|permitted|allow|allows|let|lets|get to|access|see|include|includes|cover|covers)\b`,
  'i',
);
// "what permissions does a viewer have", "which rights come with the biller role".
const RIGHTS_OF_ROLE = new RegExp(
  String.raw`\b(?:what|which) (?:permissions|rights|access|powers)\b[^?.!]{0,30}?\b${ROLE}\b`,
  'i',
);
// Giving, changing or taking a role is the section on giving roles, not what a role allows.
const ASSIGNING =
  /\b(?:give|giving|grant\w*|assign\w*|make|making|set|setting|change|changing|promote\w*|revoke\w*|remove|removing|take away)\b/i;

/** Whether the question asks what a role allows its holder to do. */
export function asksWhatRoleMayDo(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return (WHAT_ROLE_MAY.test(text) || RIGHTS_OF_ROLE.test(text)) && !ASSIGNING.test(text);
}
